import type { z } from 'zod';
import { DomainError } from '../domain';
import type { Kvs } from '../platform';
import { recordKey } from './keys';

/**
 * A short-lived cache on plain kvs keys, for answers that are expensive to fetch from Jira and fine to serve a little
 * old (an issue's parent and versions, whether an account is a Jira admin, display names). Not entities: nothing
 * queries these, and kvs's own `ttl` drops them. The expiry is also stored in the value and checked against the
 * caller's clock, because the store may keep an expired key visible for a while.
 */
export interface TtlCache<T> {
  get(key: string, now: Date): Promise<T | undefined>;
  /** Values by key, in few requests; absent and expired keys are left out. */
  getMany(keys: readonly string[], now: Date): Promise<Map<string, T>>;
  set(key: string, value: T, now: Date): Promise<void>;
  delete(key: string): Promise<void>;
}

interface Entry {
  expiresAt: number;
  value: unknown;
}

/** The batch size the storage service accepts. */
const BATCH_SIZE = 25;

export function createTtlCache<S extends z.ZodType>(
  kvs: Kvs,
  spec: { prefix: string; schema: S; ttlSeconds: number },
): TtlCache<z.output<S>> {
  const keyOf = (key: string) => recordKey(`cache:${spec.prefix}`, key);
  const read = (stored: unknown, now: Date): z.output<S> | undefined => {
    if (!isEntry(stored) || stored.expiresAt <= now.getTime()) return undefined;
    const parsed = spec.schema.safeParse(stored.value);
    // A cache entry of an older layout is a miss, not an error: it is refetched and overwritten.
    return parsed.success ? parsed.data : undefined;
  };
  return {
    async get(key, now) {
      return read(await kvs.get<Entry>(keyOf(key)), now);
    },
    async getMany(keys, now) {
      const found = new Map<string, z.output<S>>();
      const unique = [...new Set(keys)];
      for (let start = 0; start < unique.length; start += BATCH_SIZE) {
        const batch = unique.slice(start, start + BATCH_SIZE);
        const byStorageKey = new Map(batch.map((key) => [keyOf(key), key]));
        const { successfulKeys, failedKeys } = await kvs.batchGet<Entry>(
          [...byStorageKey.keys()].map((key) => ({ key })),
        );
        const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
        if (failure) throw new DomainError('INTERNAL', `Reading cache ${failure.key} failed: ${failure.error.code}`);
        for (const { key, value } of successfulKeys) {
          const original = byStorageKey.get(key);
          const hit = read(value, now);
          if (original !== undefined && hit !== undefined) found.set(original, hit);
        }
      }
      return found;
    },
    async set(key, value, now) {
      const entry: Entry = { expiresAt: now.getTime() + spec.ttlSeconds * 1000, value };
      await kvs.set(keyOf(key), entry, { ttl: { value: spec.ttlSeconds, unit: 'SECONDS' } });
    },
    delete: (key) => kvs.delete(keyOf(key)),
  };
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && typeof (value as Entry).expiresAt === 'number' && 'value' in value;
