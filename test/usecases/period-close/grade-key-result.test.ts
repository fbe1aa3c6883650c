import { closeObjective } from '../../../src/usecases/objectives/close-objective';
import { gradeKeyResult } from '../../../src/usecases/period-close/grade-key-result';
import { ADA, OLGA, OTTO, periodCloseFixture, TODAY } from './fixture';

describe('grading a key result at period close', () => {
  test('the suggested grade (progress rounded to a tenth) needs no reason; who and when are kept', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    const kr = await f.keyResult('kr', 'o');
    await f.progress('kr', 0.74); // 0.74 rounds to 0.7

    const answer = await gradeKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr', version: kr.version, grade: 0.7 });

    expect(answer).toEqual({ ok: true, value: { id: 'kr', version: kr.version + 1 } });
    expect((await f.services.repos.keyResults.get('kr'))?.grade).toEqual({ value: 0.7, by: OLGA, at: TODAY });
  });

  test('a grade other than the suggested one without a reason is VALIDATION on `reason`, and nothing changes', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    const kr = await f.keyResult('kr', 'o');
    await f.progress('kr', 0.74);

    for (const reason of [undefined, '   ']) {
      const answer = await gradeKeyResult(f.services, f.as(OLGA), {
        keyResultId: 'kr',
        version: kr.version,
        grade: 0.9,
        ...(reason === undefined ? {} : { reason }),
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: [{ path: 'reason', message: expect.stringContaining('0.7 suggested') }] },
      });
    }
    expect(await f.services.repos.keyResults.get('kr')).toEqual(kr);
  });

  test('with a reason, another grade is kept with it', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    const kr = await f.keyResult('kr', 'o');
    await f.progress('kr', 0.74);

    const answer = await gradeKeyResult(f.services, f.as(ADA), {
      keyResultId: 'kr',
      version: kr.version,
      grade: 1,
      reason: '  Refunds shipped on the 30th, after the last refresh  ',
    });

    expect(answer.ok).toBe(true);
    expect((await f.services.repos.keyResults.get('kr'))?.grade).toEqual({
      value: 1,
      reason: 'Refunds shipped on the 30th, after the last refresh',
      by: ADA,
      at: TODAY,
    });
  });

  test('refusals: someone else saved first (CONFLICT), not an editor (FORBIDDEN), a closed objective', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    await f.objective('done', { state: 'closed', grade: 0.5 });
    const kr = await f.keyResult('kr', 'o');
    const graded = await f.keyResult('old', 'done');
    await f.progress('kr', 0.5);

    expect(
      await gradeKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr', version: kr.version + 1, grade: 0.5 }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await gradeKeyResult(f.services, f.as(OTTO), { keyResultId: 'kr', version: kr.version, grade: 0.5 }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await gradeKeyResult(f.services, f.as(OLGA), { keyResultId: 'old', version: graded.version, grade: 0.5 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'keyResultId' }] } });
    expect(await gradeKeyResult(f.services, f.as(OLGA), { keyResultId: 'gone', version: 1, grade: 0.5 })).toMatchObject(
      { ok: false, error: { code: 'NOT_FOUND' } },
    );
    expect((await f.services.repos.keyResults.get('kr'))?.grade).toBeUndefined();
  });
});

describe("closing an objective grades it from its KRs' set grades", () => {
  test('a set grade counts instead of progress, weighted like progress; the retrospective is kept', async () => {
    const f = periodCloseFixture();
    const objective = await f.objective('o');
    const a = await f.keyResult('a', 'o', { weight: 2 });
    await f.keyResult('b', 'o', { weight: 1 });
    await f.progress('a', 0.55);
    await f.progress('b', 0.3);
    // Without grades: (2 × 0.55 + 1 × 0.3) / 3 = 1.4 / 3 = 0.467 → 0.5.
    // With a graded 0.8 on a: (2 × 0.8 + 1 × 0.3) / 3 = 1.9 / 3 = 0.633 → 0.6.
    const graded = await gradeKeyResult(f.services, f.as(OLGA), {
      keyResultId: 'a',
      version: a.version,
      grade: 0.8,
      reason: 'The last two stories shipped after the final refresh',
    });
    expect(graded.ok).toBe(true);

    const closed = await closeObjective(f.services, f.as(OLGA), {
      objectiveId: 'o',
      version: objective.version,
      retrospective: 'We learned to split refunds out early.',
    });

    expect(closed.ok).toBe(true);
    expect(await f.services.repos.objectives.get('o')).toMatchObject({
      state: 'closed',
      grade: 0.6,
      retrospective: 'We learned to split refunds out early.',
    });
  });
});
