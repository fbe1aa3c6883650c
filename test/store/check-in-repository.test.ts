import { createCheckInRepository } from '../../src/store/check-in-repository';
import { aCheckIn, freshKvs } from './builders';

describe('check-in repository', () => {
  const setup = async () => {
    const checkIns = createCheckInRepository(freshKvs());
    await checkIns.save(aCheckIn({ id: 'ci-1', at: '2026-10-01T09:00:00Z', confidence: 'high' }));
    await checkIns.save(aCheckIn({ id: 'ci-2', at: '2026-10-15T09:00:00Z', confidence: 4, value: 12 }));
    // 01:00+02:00 on the 29th is 23:00Z on the 28th.
    await checkIns.save(aCheckIn({ id: 'ci-3', at: '2026-10-29T01:00:00+02:00', confidence: 'low' }));
    await checkIns.save(aCheckIn({ id: 'ci-x', keyResultId: 'kr-2' }));
    return checkIns;
  };

  test('one record per check-in, oldest first or newest first', async () => {
    const checkIns = await setup();
    expect((await checkIns.listByKeyResult('kr-1')).items.map((c) => c.id)).toEqual(['ci-1', 'ci-2', 'ci-3']);
    expect((await checkIns.listByKeyResult('kr-1', { newestFirst: true })).items.map((c) => c.id)).toEqual([
      'ci-3',
      'ci-2',
      'ci-1',
    ]);
    expect((await checkIns.latest('kr-1'))?.id).toBe('ci-3');
    expect(await checkIns.latest('kr-none')).toBeUndefined();
    expect(await checkIns.get('ci-2')).toEqual(
      aCheckIn({ id: 'ci-2', at: '2026-10-15T09:00:00Z', confidence: 4, value: 12 }),
    );
  });

  test('time bounds are inclusive and compared in UTC', async () => {
    const checkIns = await setup();
    const october = await checkIns.listByKeyResult('kr-1', {
      from: '2026-10-15T09:00:00Z',
      to: '2026-10-28T23:00:00Z',
    });
    expect(october.items.map((c) => c.id)).toEqual(['ci-2', 'ci-3']);
    expect((await checkIns.listByKeyResult('kr-1', { to: '2026-10-01T09:00:00Z' })).items.map((c) => c.id)).toEqual([
      'ci-1',
    ]);
  });

  test('saving an id again replaces it; delete removes it', async () => {
    const checkIns = await setup();
    await checkIns.save(aCheckIn({ id: 'ci-1', note: 'edited' }));
    expect((await checkIns.get('ci-1'))?.note).toBe('edited');
    await checkIns.delete('ci-1');
    expect(await checkIns.get('ci-1')).toBeUndefined();
  });

  test('replace stores a version and answers the one it replaced, or undefined for a new id', async () => {
    const checkIns = await setup();
    const before = await checkIns.get('ci-2');
    expect(await checkIns.replace(aCheckIn({ id: 'ci-2', note: 'edited' }))).toEqual(before);
    expect((await checkIns.get('ci-2'))?.note).toBe('edited');
    expect(await checkIns.replace(aCheckIn({ id: 'ci-new' }))).toBeUndefined();
    expect((await checkIns.get('ci-new'))?.id).toBe('ci-new');
  });
});
