import { listSitePeriods } from '../../../src/usecases/periods/list-site-periods';
import { createKeyResult } from '../../../src/usecases/key-results/create-key-result';
import { updateKeyResult } from '../../../src/usecases/key-results/update-key-result';
import { deleteKeyResult } from '../../../src/usecases/key-results/delete-key-result';
import { linkTarget } from '../../../src/usecases/links/link-target';
import { unlinkTarget } from '../../../src/usecases/links/unlink-target';
import { createObjective } from '../../../src/usecases/objectives/create-objective';
import { updateObjective } from '../../../src/usecases/objectives/update-objective';
import { closePeriod } from '../../../src/usecases/period-close/close-period';
import { gradeKeyResult } from '../../../src/usecases/period-close/grade-key-result';
import { periodCloseView } from '../../../src/usecases/period-close/period-close-view';
import { ADA, OLGA, periodCloseFixture } from './fixture';

describe('closing a period', () => {
  test('only a Jira admin closes, and not while objectives are draft or active (named)', async () => {
    const f = periodCloseFixture();
    await f.objective('a', { title: 'Faster checkout' });
    await f.objective('d', { title: 'Half an idea', state: 'draft' });
    await f.objective('c', { state: 'closed', grade: 1 });

    expect(await closePeriod(f.services, f.as(OLGA), { periodId: '2026-Q4' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const refused = await closePeriod(f.services, f.as(ADA), { periodId: '2026-Q4' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('"Faster checkout" (active)');
    expect(refused.error.message).toContain('"Half an idea" (draft)');
    expect(await f.services.repos.periodStates.get('2026-Q4')).toBeUndefined();
  });

  test('a closed period says so everywhere and refuses every write with PERIOD_CLOSED', async () => {
    const f = periodCloseFixture();
    const closedObjective = await f.objective('c', { state: 'closed', grade: 0.5 });
    const kr = await f.keyResult('kr', 'c');
    await f.objective('q1', { periodId: '2027-Q1' });

    const closed = await closePeriod(f.services, f.as(ADA), { periodId: '2026-Q4' });
    expect(closed).toEqual({
      ok: true,
      value: { id: '2026-Q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31', closed: true },
    });
    expect(await f.services.repos.periodStates.get('2026-Q4')).toEqual({
      periodId: '2026-Q4',
      closedAt: '2026-12-20T09:00:00.000Z',
      closedBy: ADA,
    });
    // Closing again answers the same, and keeps the first record.
    expect(await closePeriod(f.services, f.as(ADA), { periodId: '2026-Q4' })).toEqual(closed);
    const periods = await listSitePeriods(f.services);
    expect(periods.filter((p) => p.closed).map((p) => p.id)).toEqual(['2026-Q4']);
    const worksheet = await periodCloseView(f.services, f.as(ADA), { periodId: '2026-Q4' });
    expect(worksheet).toMatchObject({ ok: true, value: { period: { closed: true }, canClosePeriod: false } });
    if (worksheet.ok) expect(worksheet.value.objectives.every((o) => !o.canEdit)).toBe(true);

    const refusals = [
      await createObjective(f.services, f.as(ADA), {
        title: 'Late',
        periodId: '2026-Q4',
        level: 'team',
        ownerIds: [ADA],
      }),
      await updateObjective(f.services, f.as(ADA), { objectiveId: 'c', version: closedObjective.version, title: 'X' }),
      await updateObjective(f.services, f.as(ADA), { objectiveId: 'q1', version: 1, periodId: '2026-Q4' }),
      await createKeyResult(f.services, f.as(ADA), {
        objectiveId: 'c',
        title: 'Late KR',
        kind: 'committed',
        weight: 1,
        ownerIds: [ADA],
        source: { type: 'metric', start: 0, target: 1, current: 0, direction: 'increase' },
      }),
      await updateKeyResult(f.services, f.as(ADA), { keyResultId: 'kr', version: kr.version, title: 'Y' }),
      await linkTarget(f.services, f.as(ADA), { keyResultId: 'kr', target: { kind: 'epic', issueId: f.epicId } }),
      await gradeKeyResult(f.services, f.as(ADA), { keyResultId: 'kr', version: kr.version, grade: 0.5 }),
      await unlinkTarget(f.services, f.as(ADA), { keyResultId: 'kr', target: { kind: 'epic', issueId: f.epicId } }),
      await deleteKeyResult(f.services, f.as(ADA), { keyResultId: 'kr', version: kr.version }),
    ];
    for (const answer of refusals) {
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'PERIOD_CLOSED', message: expect.stringContaining('2026-Q4') },
      });
    }
    expect(await f.services.repos.keyResults.get('kr')).toEqual(kr);
    expect((await f.services.repos.objectives.get('q1'))?.periodId).toBe('2027-Q1');
  });

  test('an empty period closes; a year closes on its own objectives', async () => {
    const f = periodCloseFixture();
    expect(await closePeriod(f.services, f.as(ADA), { periodId: '2026-Q3' })).toMatchObject({
      ok: true,
      value: { id: '2026-Q3', closed: true },
    });
    expect(await closePeriod(f.services, f.as(ADA), { periodId: '1999' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] },
    });
  });
});
