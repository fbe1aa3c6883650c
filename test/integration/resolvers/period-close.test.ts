import { RESOLVER_KEYS as K, type PeriodCloseView, type PeriodDto, type Written } from '../../../src/contract';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, storedProgress } from './support/harness';

/** Ann's Q4 objective with one metric KR at 0.42 stored progress (suggested grade 0.4). */
async function seeded() {
  const h = createHarness();
  const objective = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
  const kr = await h.data<Written>(K.createKeyResult, krInput(objective.id), ANN.accountId);
  await h.repos.progress.save(storedProgress(kr.id, 0.42));
  return { h, objective, kr };
}

describe('period close through the resolver', () => {
  test('the keys are available, and any member reads the worksheet', async () => {
    const { h, kr } = await seeded();
    const about = await h.data<{ available: string[] }>(K.about, {}, BOB.accountId);
    expect(about.available).toEqual(
      expect.arrayContaining([K.periodClose, K.gradeKeyResult, K.carryOverKeyResult, K.closePeriod]),
    );
    const worksheet = await h.data<PeriodCloseView>(K.periodClose, { periodId: '2026-Q4' }, BOB.accountId);
    expect(worksheet.objectives[0]).toMatchObject({ canEdit: false, keyResults: [{ id: kr.id, suggestedGrade: 0.4 }] });
  });

  test.each([
    ['a grade between tenths', { grade: 0.75 }, 'grade'],
    ['a grade above 1.0', { grade: 1.1 }, 'grade'],
    ['a grade that is no number', { grade: 'A' }, 'grade'],
    ['a reason over 2000 characters', { grade: 0.9, reason: 'x'.repeat(2001) }, 'reason'],
    ['a different grade without a reason', { grade: 0.9 }, 'reason'],
    ['an unknown field', { grade: 0.4, finalGrade: 0.4 }, 'finalGrade'],
  ])('%s is VALIDATION naming the field, and nothing changes', async (_name, payload, path) => {
    const { h, kr } = await seeded();
    const before = await h.repos.keyResults.get(kr.id);
    const answer = await h.call(
      K.gradeKeyResult,
      { keyResultId: kr.id, version: kr.version, ...payload },
      ANN.accountId,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect(await h.repos.keyResults.get(kr.id)).toEqual(before);
  });

  test('grade, carry over, close the objective, close the period: then the period is read-only', async () => {
    const { h, objective, kr } = await seeded();
    const graded = await h.data<Written>(
      K.gradeKeyResult,
      { keyResultId: kr.id, version: kr.version, grade: 0.5, reason: 'Signed contracts land in January' },
      ANN.accountId,
    );
    const copy = await h.data<Written>(K.carryOverKeyResult, { keyResultId: kr.id }, ANN.accountId);
    expect(await h.repos.keyResults.get(copy.id)).toMatchObject({ periodId: '2027-Q1', carriedFrom: kr.id });
    expect(await h.call(K.closePeriod, { periodId: '2026-Q4' }, ADA.accountId)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('"Customers love onboarding" (active)') },
    });
    await h.data(
      K.closeObjective,
      { objectiveId: objective.id, version: objective.version, retrospective: 'Start sales earlier.' },
      ANN.accountId,
    );
    expect(await h.call(K.closePeriod, { periodId: '2026-Q4' }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const period = await h.data<PeriodDto>(K.closePeriod, { periodId: '2026-Q4' }, ADA.accountId);
    expect(period).toMatchObject({ id: '2026-Q4', closed: true });

    const periods = await h.data<PeriodDto[]>(K.listPeriods, {}, BOB.accountId);
    expect(periods.find((p) => p.id === '2026-Q4')?.closed).toBe(true);
    expect(
      await h.call(K.gradeKeyResult, { keyResultId: kr.id, version: graded.version, grade: 0.4 }, ADA.accountId),
    ).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
    expect(await h.call(K.createObjective, objectiveInput(), ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'PERIOD_CLOSED' },
    });
    // Every view that names the period says it is closed.
    const q4 = { periodId: '2026-Q4' };
    const views: [string, object][] = [
      [K.portfolio, q4],
      [K.gadget, { ...q4, view: 'summary' }],
      [K.qualityReport, q4],
      [K.dueCheckIns, { ...q4, scope: 'mine' }],
      [K.leadershipReport, q4],
      [K.periodClose, q4],
    ];
    for (const [key, payload] of views) {
      const view = await h.data<{ period: PeriodDto }>(key, payload, ANN.accountId);
      expect([key, view.period.closed]).toEqual([key, true]);
    }
  });
});
