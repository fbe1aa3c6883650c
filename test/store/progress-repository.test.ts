import { createProgressRepository } from '../../src/store/progress-repository';
import { aProgress, freshKvs } from './builders';

describe('progress repository', () => {
  test('one record per KR, replaced on save', async () => {
    const progress = createProgressRepository(freshKvs());
    await progress.save(aProgress());
    await progress.save(aProgress({ progress: 0.75 }));
    expect((await progress.get('kr-1'))?.progress).toBe(0.75);
    await progress.delete('kr-1');
    expect(await progress.get('kr-1')).toBeUndefined();
  });

  test('getMany reads any number of KRs in batches, leaving out absent ones', async () => {
    const progress = createProgressRepository(freshKvs());
    const ids = Array.from({ length: 60 }, (_, i) => `kr-${i}`);
    for (const id of ids.slice(0, 55)) await progress.save(aProgress({ keyResultId: id }));
    const found = await progress.getMany([...ids, 'kr-1']);
    expect(found.size).toBe(55);
    expect(found.get('kr-54')?.keyResultId).toBe('kr-54');
    expect(found.has('kr-55')).toBe(false);
    expect((await progress.getMany([])).size).toBe(0);
  });

  test('stale progress, least recently refreshed first', async () => {
    const progress = createProgressRepository(freshKvs());
    await progress.save(aProgress({ keyResultId: 'fresh' }));
    await progress.save(aProgress({ keyResultId: 'newer', stale: true, asOf: '2026-10-03T00:00:00Z' }));
    await progress.save(aProgress({ keyResultId: 'older', stale: true, asOf: '2026-10-02T00:00:00Z' }));
    expect((await progress.listStale()).items.map((p) => p.keyResultId)).toEqual(['older', 'newer']);
  });
});
