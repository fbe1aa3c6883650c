import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../sandbox/forge/manual-clock';
import { ENTITIES } from '../../src/store/entities';
import { createRecomputeMarkerRepository } from '../../src/store/recompute-marker-repository';

const marker = (keyResultId: string, lane: 'event' | 'full' = 'event') => ({
  keyResultId,
  lane,
  dueAt: '2026-10-01T00:00:20.000Z',
  reason: 'issue-event',
});

describe('recompute marker repository', () => {
  test('one claim per KR and lane until released or expired', async () => {
    const clock = createManualClock('2026-10-01T00:00:00Z');
    const repo = createRecomputeMarkerRepository(createEmulatedKvs({ entities: ENTITIES, clock }));
    expect(await repo.acquire(marker('kr-1'), 60)).toBe(true);
    expect(await repo.acquire(marker('kr-1'), 60)).toBe(false);
    expect(await repo.acquire(marker('kr-1', 'full'), 60)).toBe(true);
    expect(await repo.acquire(marker('kr-2'), 60)).toBe(true);
    await repo.release(['kr-1', 'kr-1', 'kr-absent'], 'event');
    expect(await repo.get('kr-1', 'event')).toBeUndefined();
    expect(await repo.get('kr-1', 'full')).toEqual(marker('kr-1', 'full'));
    expect(await repo.acquire(marker('kr-1'), 60)).toBe(true);
    clock.advance(61_000);
    expect(await repo.acquire(marker('kr-2'), 60)).toBe(true);
  });
});

test('queued: which KRs have a marker in a lane, in batched reads', async () => {
  const repo = createRecomputeMarkerRepository(createEmulatedKvs({ entities: ENTITIES }));
  const ids = Array.from({ length: 30 }, (_, i) => `kr-${i}`);
  for (const id of ids.filter((_, i) => i % 3 === 0)) await repo.acquire(marker(id), 60);
  await repo.acquire(marker('kr-1', 'full'), 60);
  const queued = await repo.queued([...ids, 'kr-0'], 'event');
  expect([...queued].sort()).toEqual(ids.filter((_, i) => i % 3 === 0).sort());
});
