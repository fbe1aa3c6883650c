import { collectAll } from '../../src/store/page';
import { createSnapshotRepository } from '../../src/store/snapshot-repository';
import { addDays } from '../../src/domain';
import { aSnapshot, freshKvs } from './builders';

describe('snapshot repository', () => {
  test('one snapshot per KR per day: a re-run replaces it', async () => {
    const snapshots = createSnapshotRepository(freshKvs());
    await snapshots.save(aSnapshot());
    await snapshots.save(aSnapshot({ progress: 0.5 }));
    expect((await snapshots.listByKeyResult('kr-1')).items).toEqual([aSnapshot({ progress: 0.5 })]);
  });

  test('a quarter of history pages in date order, within bounds', async () => {
    const snapshots = createSnapshotRepository(freshKvs());
    for (let day = 0; day < 92; day += 1) {
      await snapshots.save(aSnapshot({ date: addDays('2026-10-01', day), progress: day / 100 }));
    }
    await snapshots.save(aSnapshot({ keyResultId: 'kr-2', date: '2026-10-05' }));
    const history = await collectAll((page) => snapshots.listByKeyResult('kr-1', page), { limit: 25 });
    expect(history.map((s) => s.date)).toEqual(Array.from({ length: 92 }, (_, day) => addDays('2026-10-01', day)));
    const week = await snapshots.listByKeyResult('kr-1', { from: '2026-10-05', to: '2026-10-11' });
    expect(week.items.map((s) => s.date)).toEqual(Array.from({ length: 7 }, (_, day) => addDays('2026-10-05', day)));
    expect((await snapshots.listByDate('2026-10-05')).items.map((s) => s.keyResultId)).toEqual(['kr-1', 'kr-2']);
    expect(await snapshots.get('kr-2', '2026-10-05')).toEqual(aSnapshot({ keyResultId: 'kr-2', date: '2026-10-05' }));
  });
});
