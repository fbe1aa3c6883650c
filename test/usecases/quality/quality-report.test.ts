import type { QualityReportView } from '../../../src/contract';
import { qualityReport } from '../../../src/usecases/quality/quality-report';
import { callerOf, OWNER, qualityFixture } from './fixture';

async function report(f: ReturnType<typeof qualityFixture>, payload: { periodId?: string; team?: string } = {}) {
  const answer = await qualityReport(f.services, callerOf(OWNER), payload);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
const brief = (view: QualityReportView) => view.findings.map((f) => `${f.ruleId} ${f.subject.label}`);
const graded = (value: number) => ({ value, by: OWNER, at: '2026-11-25T09:00:00.000Z' });

/**
 * 2026-Q4 (today is 2026-11-25), all metric KRs so no Jira call is made:
 *   Growth "Churn at 2%" (company): committed  c1 0.94 → grade 0.9, not delivered (committed needs 1.0)
 *                                   committed  c2 1.0  → delivered
 *                                   aspirational a1 0.72 → grade 0.7, reached
 *   Core   "Improve uptime" (company): aspirational a2 progress 0.9 but graded 0.5 → not reached
 *   Core   "Old plan" (company, abandoned): committed c3 1.0 → left out of everything
 */
async function seed(f: ReturnType<typeof qualityFixture>) {
  await f.objectives(
    { id: 'o-growth', title: 'Churn at 2%', level: 'company', team: 'Growth' },
    { id: 'o-core', title: 'Improve uptime', level: 'company', team: 'Core' },
    { id: 'o-old', title: 'Old plan', level: 'company', team: 'Core', state: 'abandoned' },
  );
  await f.keyResults(
    { id: 'c1', objectiveId: 'o-growth', title: 'Churn from 4% to 2%' },
    { id: 'c2', objectiveId: 'o-growth', title: 'Exit survey at 100% of leavers' },
    { id: 'a1', objectiveId: 'o-growth', title: 'Referrals from 10 to 50', kind: 'aspirational' },
    { id: 'a2', objectiveId: 'o-core', title: 'Better uptime', kind: 'aspirational', grade: graded(0.5) },
    { id: 'c3', objectiveId: 'o-old', title: 'Improve things' },
  );
  await f.progress('c1', 0.94);
  await f.progress('c2', 1);
  await f.progress('a1', 0.72);
  await f.progress('a2', 0.9);
  await f.progress('c3', 1);
}

describe('qualityReport', () => {
  test('the current period: findings of open objectives only, each team counted, no Jira call', async () => {
    const f = qualityFixture();
    await seed(f);
    const view = await report(f);
    expect(view.period.id).toBe('2026-Q4');
    expect(view.team).toBeUndefined();
    expect(brief(view)).toEqual([
      // Each team has 1 open objective (Core's abandoned one does not count): below the usual 3.
      'okr.team-objective-count Core in 2026-Q4',
      'okr.team-objective-count Growth in 2026-Q4',
      // "Improve things" would be vague too, but its objective is abandoned.
      'okr.kr-vague-wording Better uptime',
    ]);
    expect(view.notes).toBeUndefined();
  });

  test('committed delivery and aspirational reach, apart; a set grade wins over progress; abandoned left out', async () => {
    const f = qualityFixture();
    await seed(f);
    const view = await report(f);
    // Committed: c1 (0.9) missed, c2 (1.0) delivered → 1 / 2. c3 is under an abandoned objective.
    // Aspirational: a1 0.7 reached, a2 graded 0.5 (progress 0.9 ignored) missed → 1 / 2; average (0.7 + 0.5) / 2 = 0.6.
    expect(view.kinds).toEqual({
      committed: { count: 2, delivered: 1, rate: 0.5 },
      aspirational: { count: 2, reached: 1, averageGrade: 0.6 },
    });
  });

  test('one team: its findings and its KRs only', async () => {
    const f = qualityFixture();
    await seed(f);
    const view = await report(f, { team: 'Core' });
    expect(view.team).toBe('Core');
    expect(brief(view)).toEqual(['okr.team-objective-count Core in 2026-Q4', 'okr.kr-vague-wording Better uptime']);
    expect(view.kinds).toEqual({
      committed: { count: 0, delivered: 0, rate: null },
      aspirational: { count: 1, reached: 0, averageGrade: 0.5 },
    });
    const nobody = await report(f, { team: 'Nobody' });
    expect(nobody.findings).toEqual([]);
    expect(nobody.kinds.committed.count + nobody.kinds.aspirational.count).toBe(0);
  });

  test('a parent in another period is read to judge the mismatch, but its own findings are not reported', async () => {
    const f = qualityFixture();
    await f.objectives(
      { id: 'o-next', title: 'Write the plan', level: 'team', periodId: '2027-Q1' },
      {
        id: 'o-child',
        title: 'Churn at 2%',
        level: 'company',
        parent: { objectiveId: 'o-next', contributionWeight: 1 },
      },
    );
    const view = await report(f, { periodId: '2026-Q4' });
    // The parent "Write the plan" is a task and an orphan in 2027-Q1: neither shows in 2026-Q4's report.
    expect(brief(view)).toEqual(['okr.objective-period-mismatch Churn at 2%']);
  });

  test('an unknown period is VALIDATION on periodId', async () => {
    const f = qualityFixture();
    expect(await qualityReport(f.services, callerOf(OWNER), { periodId: '1999-Q5' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] },
    });
  });
});
