import { z } from 'zod';
import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../sandbox/forge/manual-clock';
import { ENTITIES } from '../../src/store/entities';
import { createTtlCache } from '../../src/store/ttl-cache';

describe('TTL cache on plain kvs keys', () => {
  const clock = createManualClock('2026-10-05T09:00:00Z');
  const kvs = createEmulatedKvs({ entities: ENTITIES, clock });
  const cache = createTtlCache(kvs, { prefix: 'test', schema: z.object({ n: z.number() }), ttlSeconds: 60 });

  test('serves a value until its TTL is over, by its own clock', async () => {
    await cache.set('a', { n: 1 }, clock.now());
    expect(await cache.get('a', clock.now())).toEqual({ n: 1 });
    // The value carries its expiry, so a caller's clock decides even if the store still holds the key.
    expect(await cache.get('a', new Date(clock.now().getTime() + 60_000))).toBeUndefined();
    clock.advance(61_000);
    expect(await cache.get('a', clock.now())).toBeUndefined();
  });

  test('getMany reads in batches and leaves out misses, expired and malformed entries', async () => {
    const now = clock.now();
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    for (const key of keys.slice(0, 28)) await cache.set(key, { n: Number(key.slice(1)) }, now);
    await kvs.set('cache:test#k27', { expiresAt: now.getTime() + 1000, value: { n: 'not a number' } });
    const found = await cache.getMany([...keys, 'k0'], now);
    expect(found.size).toBe(27);
    expect(found.get('k26')).toEqual({ n: 26 });
    expect(found.has('k27')).toBe(false);
    await cache.delete('k0');
    expect(await cache.get('k0', now)).toBeUndefined();
  });
});
