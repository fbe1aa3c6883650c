import {
  RESOLVER_KEYS as K,
  type AboutData,
  type LeadershipReportView,
  type PortfolioView,
  type Written,
} from '../../../src/contract';
import { ANN, BOB, createHarness, krInput, objectiveInput, storedProgress, type Harness } from './support/harness';

/**
 * Through the real resolver on the emulated platform. Today is 2026-11-16, day 46 of Q4's 92: a committed KR is
 * expected at 0.5, an aspirational one at 0.35. "Adoption" was 0.9 in the daily snapshot of 11-09 and is 1.0 today;
 * "Moonshot" (aspirational) is at 0.04: 0.04 − 0.35 = −0.31, off track.
 */
async function seed(h: Harness) {
  const company = await h.data<Written>(
    K.createObjective,
    objectiveInput({ title: 'Win the market', level: 'company' }),
    ANN.accountId,
  );
  const team = await h.data<Written>(
    K.createObjective,
    objectiveInput({
      title: 'Launch well',
      team: 'Rocket',
      parent: { objectiveId: company.id, contributionWeight: 1 },
    }),
    ANN.accountId,
  );
  const adoption = await h.data<Written>(K.createKeyResult, krInput(team.id, { title: 'Adoption' }), ANN.accountId);
  const moonshot = await h.data<Written>(
    K.createKeyResult,
    krInput(team.id, { title: 'Moonshot', kind: 'aspirational' }),
    ANN.accountId,
  );
  await h.repos.progress.save(storedProgress(adoption.id, 1));
  await h.repos.progress.save(storedProgress(moonshot.id, 0.04));
  const day = { scopeIssues: 0, doneIssues: 0, date: '2026-11-09' };
  await h.repos.snapshots.save({ ...day, keyResultId: adoption.id, progress: 0.9 });
  await h.repos.snapshots.save({ ...day, keyResultId: moonshot.id, progress: 0.04 });
  return { company: company.id, team: team.id, adoption: adoption.id, moonshot: moonshot.id };
}

describe('okr/leadershipReport', () => {
  test('any member gets the period summary: groups, kinds apart, at-risk list, highlights', async () => {
    const h = createHarness();
    const ids = await seed(h);
    const report = await h.data<LeadershipReportView>(K.leadershipReport, {}, BOB.accountId);
    expect(report.period).toMatchObject({ id: '2026-Q4', name: expect.any(String) });
    // Team: (1.0 + 0.04) / 2 = 0.52 → 0.52 − 0.5 = +0.02, on track. Company: only its aligned team, 0.52.
    expect(report.groups).toEqual([
      {
        level: 'company',
        objectives: [{ id: ids.company, title: 'Win the market', progress: 0.52, status: 'on-track', state: 'active' }],
      },
      {
        level: 'team',
        team: 'Rocket',
        objectives: [{ id: ids.team, title: 'Launch well', progress: 0.52, status: 'on-track', state: 'active' }],
      },
    ]);
    // Committed: Adoption at 1.0 → 1 of 1 delivered. Aspirational: 0.04 → grade 0.0, not reached, average 0.
    expect(report.kinds).toEqual({
      committed: { count: 1, delivered: 1, rate: 1 },
      aspirational: { count: 1, reached: 0, averageGrade: 0 },
    });
    expect(report.atRisk.map((kr) => [kr.title, kr.status])).toEqual([['Moonshot', 'off-track']]);
    // 0.9 carried from 11-09 to 11-15, 1.0 today: done on 11-16.
    expect(report.highlights).toEqual([
      {
        keyResultId: ids.adoption,
        title: 'Adoption',
        objectiveTitle: 'Launch well',
        owners: [{ accountId: ANN.accountId, displayName: ANN.displayName }],
        kind: 'committed',
        what: 'done',
        on: '2026-11-16',
      },
    ]);
  });

  test('what a viewer sees is what okr/portfolio shows them', async () => {
    const h = createHarness();
    await seed(h);
    for (const viewer of [ANN.accountId, BOB.accountId]) {
      const report = await h.data<LeadershipReportView>(K.leadershipReport, { periodId: '2026-Q4' }, viewer);
      const view = await h.data<PortfolioView>(K.portfolio, { periodId: '2026-Q4' }, viewer);
      const krs = (nodes: PortfolioView['roots']): string[] =>
        nodes.flatMap((n) => [...n.keyResults.map((kr) => kr.id), ...krs(n.children)]);
      expect(report.atRisk.every((kr) => krs(view.roots).includes(kr.id))).toBe(true);
      expect(report.highlights).toEqual(view.highlights);
      expect(report.period).toEqual(view.period);
    }
  });

  test('a period id that is not one is a VALIDATION naming periodId; no account is FORBIDDEN', async () => {
    const h = createHarness();
    const bad = await h.call(K.leadershipReport, { periodId: 'next quarter' }, BOB.accountId);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] } });
    const anonymous = await h.call(K.leadershipReport, {}, '');
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('okr/about lists the key as available', async () => {
    const h = createHarness();
    const about = await h.data<AboutData>(K.about, {}, BOB.accountId);
    expect(about.available).toContain(K.leadershipReport);
  });
});
