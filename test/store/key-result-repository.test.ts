import { createKeyResultRepository } from '../../src/store/key-result-repository';
import { collectAll } from '../../src/store/page';
import { aKeyResult, expectOk, freshKvs } from './builders';

describe('key result repository', () => {
  test('create, update with the version read, conflict on a stale version', async () => {
    const keyResults = createKeyResultRepository(freshKvs());
    const created = expectOk(await keyResults.create(aKeyResult()));
    expect(created.version).toBe(1);
    const updated = expectOk(await keyResults.update({ ...created, weight: 2 }));
    expect(await keyResults.get('kr-1')).toEqual(updated);
    const stale = await keyResults.update({ ...created, weight: 3 });
    expect(!stale.ok && stale.error).toMatchObject({
      code: 'CONFLICT',
      reason: 'stale',
      expectedVersion: 1,
      actualVersion: 2,
    });
    expectOk(await keyResults.delete('kr-1', 2));
  });

  test('zod defaults are applied on the way in and out', async () => {
    const keyResults = createKeyResultRepository(freshKvs());
    const { weight: _weight, ...withoutWeight } = aKeyResult();
    expectOk(await keyResults.create(withoutWeight as ReturnType<typeof aKeyResult>));
    expect((await keyResults.get('kr-1'))?.weight).toBe(1);
  });

  test('by objective in creation order (instants compared in UTC), by period', async () => {
    const keyResults = createKeyResultRepository(freshKvs());
    // 10:30+02:00 is 08:30Z, before 09:00Z, although it sorts after it as text.
    await keyResults.create(aKeyResult({ id: 'kr-late', createdAt: '2026-10-01T09:00:00Z' }));
    await keyResults.create(aKeyResult({ id: 'kr-early', createdAt: '2026-10-01T10:30:00+02:00' }));
    await keyResults.create(aKeyResult({ id: 'kr-other', objectiveId: 'obj-2' }));
    await keyResults.create(aKeyResult({ id: 'kr-q1', objectiveId: 'obj-3', periodId: '2027-Q1' }));
    const ofObjective = await keyResults.listByObjective('obj-1');
    expect(ofObjective.items.map((kr) => kr.id)).toEqual(['kr-early', 'kr-late']);
    const inPeriod = await collectAll((page) => keyResults.listByPeriod('2026-Q4', page), { limit: 1 });
    expect(inPeriod.map((kr) => kr.id).sort()).toEqual(['kr-early', 'kr-late', 'kr-other']);
  });
});
