import { leadershipReport } from '../../../src/usecases/reports/leadership-report';
import { portfolio } from '../../../src/usecases/views/portfolio';
import { NOW, reportFixture } from './fixture';

describe('leadershipReport', () => {
  test('objectives by level then team, with progress, status and state', async () => {
    const { services } = await reportFixture();
    const answer = await leadershipReport(services, {});
    if (!answer.ok) throw new Error(answer.error.message);
    const report = answer.value;
    expect(report.period).toMatchObject({ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(report.generatedAt).toBe(NOW);
    // Expected today: 46/92 = 0.5 (objectives are paced as committed).
    // Payments = (1 + 0.45) / 2 = 0.725 → on track. Web = (0.08 + 0.30) / 2 = 0.19 → 0.19 − 0.5 = −0.31, off track.
    // Company = its KR 0.60 and its two aligned teams: (0.60 + 0.725 + 0.19) / 3 = 0.505 → on track.
    // Legacy: its one KR at 1.0 → done, shown with its state (abandoned).
    const rows = report.groups.map((g) => ({
      group: `${g.level}${g.team ? ` ${g.team}` : ''}`,
      objectives: g.objectives.map((o) => `${o.title} ${o.progress.toFixed(3)} ${o.status} ${o.state}`),
    }));
    expect(rows).toEqual([
      { group: 'company', objectives: ['Grow the business 0.505 on-track active'] },
      { group: 'team Payments', objectives: ['Payments just work 0.725 on-track active'] },
      { group: 'team Web', objectives: ['Faster web 0.190 off-track active', 'Legacy migration 1.000 done abandoned'] },
    ]);
  });

  test("committed delivery and aspirational reach apart, without the abandoned objective's KRs", async () => {
    const { services } = await reportFixture();
    const answer = await leadershipReport(services, {});
    // Committed: revenue 0.6, checkout 1.0, refunds 0.45, pages 0.3 → 1 of 4 delivered (grade 1.0), rate 1/4 = 0.25.
    // Aspirational: latency 0.08 → grade 0.1, below 0.7: 0 of 1 reached, average grade 0.1. kr-legacy counts nowhere.
    expect(answer.ok && answer.value.kinds).toEqual({
      committed: { count: 4, delivered: 1, rate: 0.25 },
      aspirational: { count: 1, reached: 0, averageGrade: 0.1 },
    });
  });

  test('the at-risk list: off track, then at risk, then stale; the highlights of the week', async () => {
    const { services } = await reportFixture();
    const answer = await leadershipReport(services, {});
    if (!answer.ok) throw new Error(answer.error.message);
    // latency 0.08 − 0.35 = −0.27 off track; pages 0.30 − 0.50 = −0.20 at risk; revenue on track (0.6) but stale.
    expect(answer.value.atRisk.map((kr) => `${kr.id} ${kr.status} ${kr.pace.toFixed(2)} ${kr.stale}`)).toEqual([
      'kr-latency off-track -0.27 false',
      'kr-pages at-risk -0.20 false',
      'kr-revenue on-track 0.10 true',
    ]);
    expect(answer.value.highlights.map((h) => `${h.on} ${h.what} ${h.keyResultId}`)).toEqual([
      '2026-11-15 recovered kr-refunds',
      '2026-11-12 done kr-checkout',
    ]);
  });

  test('the same objectives and KRs as the portfolio of that period', async () => {
    const { services } = await reportFixture();
    const report = await leadershipReport(services, { periodId: '2026-Q4' });
    const view = await portfolio(services, { periodId: '2026-Q4' });
    if (!report.ok || !view.ok) throw new Error('no answer');
    const walk = (nodes: typeof view.value.roots): string[] => nodes.flatMap((n) => [n.id, ...walk(n.children)]);
    const reported = report.value.groups.flatMap((g) => g.objectives.map((o) => o.id));
    expect([...reported].sort()).toEqual(walk(view.value.roots).sort());
    expect(report.value.highlights).toEqual(view.value.highlights);
  });

  test('a closed objective of a past quarter carries its grade', async () => {
    const { services } = await reportFixture();
    const closed = {
      id: 'obj-q3',
      title: 'Stabilise payouts',
      periodId: '2026-Q3',
      level: 'team' as const,
      team: 'Payments',
      ownerIds: ['acc-ann'],
      state: 'closed' as const,
      grade: 0.7,
      version: 0,
      createdAt: '2026-07-01T09:00:00.000Z',
      updatedAt: '2026-10-02T09:00:00.000Z',
    };
    expect((await services.repos.objectives.create(closed)).ok).toBe(true);
    await services.repos.periodStates.close({ periodId: '2026-Q3', closedAt: NOW, closedBy: 'acc-ann' });
    const answer = await leadershipReport(services, { periodId: '2026-Q3' });
    // A closed quarter says so, as the portfolio does.
    expect(answer.ok && answer.value.period).toMatchObject({ id: '2026-Q3', closed: true });
    expect(answer.ok && answer.value.groups).toEqual([
      {
        level: 'team',
        team: 'Payments',
        objectives: [
          // No KR: progress 0 by convention; after the period ends expected is 1, so the status is off track.
          { id: 'obj-q3', title: 'Stabilise payouts', progress: 0, status: 'off-track', state: 'closed', grade: 0.7 },
        ],
      },
    ]);
  });

  test('an empty period: no groups, no rates (null, not 0 %), nothing at risk', async () => {
    const { services } = await reportFixture();
    const answer = await leadershipReport(services, { periodId: '2027-Q1' });
    expect(answer.ok && answer.value).toMatchObject({
      period: { id: '2027-Q1' },
      groups: [],
      kinds: {
        committed: { count: 0, delivered: 0, rate: null },
        aspirational: { count: 0, reached: 0, averageGrade: null },
      },
      atRisk: [],
      highlights: [],
    });
  });
});
