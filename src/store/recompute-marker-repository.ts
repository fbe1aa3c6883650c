import { ForgeKvsAPIError } from '@forge/kvs';
import { z } from 'zod';
import { DomainError, EntityId, IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY } from './entities';
import { entityRecords } from './entity-records';
import { recordKey } from './keys';
import { defineRecordCodec, type StoredRecord } from './record-codec';

/** Incremental updates from issue events, or full refreshes (link and KR edits, the daily reconcile, retries). */
export const RecomputeLane = z.enum(['event', 'full']);
export type RecomputeLane = z.infer<typeof RecomputeLane>;

/** "A job for this KR is queued in this lane and due at `dueAt`": while it exists, nobody queues another. */
export const RecomputeMarker = z.object({
  keyResultId: EntityId,
  lane: RecomputeLane,
  dueAt: IsoDateTime,
  reason: z.string().max(32),
});
export type RecomputeMarker = z.infer<typeof RecomputeMarker>;

export interface RecomputeMarkerRepository {
  /**
   * Claims the KR's lane: true when this caller placed the marker and must queue the job, false when one is
   * already queued. The marker expires after `ttlSeconds`, so a lost job cannot block the KR for long.
   */
  acquire(marker: RecomputeMarker, ttlSeconds: number): Promise<boolean>;
  get(keyResultId: string, lane: RecomputeLane): Promise<RecomputeMarker | undefined>;
  /** The KRs of these that have a marker in this lane: one batched read, so a burst of events mostly only reads. */
  queued(keyResultIds: readonly string[], lane: RecomputeLane): Promise<Set<string>>;
  /** Removing an absent marker succeeds. */
  release(keyResultIds: readonly string[], lane: RecomputeLane): Promise<void>;
}

const BATCH_SIZE = 25;

export const recomputeMarkerCodec = defineRecordCodec({
  entity: ENTITY.recomputeMarker,
  schema: RecomputeMarker,
  schemaVersion: 1,
});

export function createRecomputeMarkerRepository(kvs: Kvs): RecomputeMarkerRepository {
  const records = entityRecords(kvs, recomputeMarkerCodec);
  const keyOf = (keyResultId: string, lane: RecomputeLane) => recordKey(keyResultId, lane);
  return {
    async acquire(marker, ttlSeconds) {
      const key = keyOf(marker.keyResultId, marker.lane);
      try {
        await kvs.entity<StoredRecord>(ENTITY.recomputeMarker).set(key, recomputeMarkerCodec.encode(marker), {
          keyPolicy: 'FAIL_IF_EXISTS',
          ttl: { value: Math.max(1, Math.ceil(ttlSeconds)), unit: 'SECONDS' },
        });
        return true;
      } catch (error) {
        // Told apart by reading back: the service's code for an existing key is not documented.
        if (error instanceof ForgeKvsAPIError && (await records.getStored(key))) return false;
        throw error;
      }
    },
    get: (keyResultId, lane) => records.get(keyOf(keyResultId, lane)),
    async queued(keyResultIds, lane) {
      const found = new Set<string>();
      const keys = [...new Set(keyResultIds)].map((id) => keyOf(id, lane));
      for (let start = 0; start < keys.length; start += BATCH_SIZE) {
        const batch = keys.slice(start, start + BATCH_SIZE).map((key) => ({ key, entityName: ENTITY.recomputeMarker }));
        const { successfulKeys, failedKeys } = await kvs.batchGet<StoredRecord>(batch);
        const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
        if (failure) throw new DomainError('INTERNAL', `Reading ${failure.key} failed: ${failure.error.message}`);
        for (const { key, value } of successfulKeys) found.add(recomputeMarkerCodec.decode(key, value).keyResultId);
      }
      return found;
    },
    async release(keyResultIds, lane) {
      const keys = [...new Set(keyResultIds)].map((id) => keyOf(id, lane));
      for (let start = 0; start < keys.length; start += BATCH_SIZE) {
        const batch = keys.slice(start, start + BATCH_SIZE).map((key) => ({ key, entityName: ENTITY.recomputeMarker }));
        const { failedKeys } = await kvs.batchDelete(batch);
        const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
        if (failure) throw new DomainError('INTERNAL', `Clearing ${failure.key} failed: ${failure.error.message}`);
      }
    },
  };
}
