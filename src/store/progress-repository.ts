import { DomainError, KrProgress } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import { entityRecords } from './entity-records';
import { recordKey, sortableInstant } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec, type StoredRecord } from './record-codec';

export interface ProgressRepository {
  get(keyResultId: string): Promise<KrProgress | undefined>;
  /** Many KRs' progress in few requests (batches of 25), for portfolio and gadget views. Absent KRs are left out. */
  getMany(keyResultIds: readonly string[]): Promise<Map<string, KrProgress>>;
  save(progress: KrProgress): Promise<void>;
  delete(keyResultId: string): Promise<void>;
  /** Stale progress, least recently refreshed first. */
  listStale(request?: PageRequest): Promise<Page<KrProgress>>;
}

/** (?) The docs give no batch size; 25 matches the transaction limit and is what the sandbox enforces. */
const BATCH_SIZE = 25;

export const progressCodec = defineRecordCodec({
  entity: ENTITY.progress,
  schema: KrProgress,
  schemaVersion: 1,
  attributes: (p) => ({ keyResultId: p.keyResultId, stale: p.stale, asOf: sortableInstant(p.asOf) }),
});

export function createProgressRepository(kvs: Kvs): ProgressRepository {
  const records = entityRecords(kvs, progressCodec);
  return {
    get: (keyResultId) => records.get(recordKey(keyResultId)),
    async getMany(keyResultIds) {
      const found = new Map<string, KrProgress>();
      const keys = [...new Set(keyResultIds)].map((id) => recordKey(id));
      for (let start = 0; start < keys.length; start += BATCH_SIZE) {
        const batch = keys.slice(start, start + BATCH_SIZE).map((key) => ({ key, entityName: ENTITY.progress }));
        const { successfulKeys, failedKeys } = await kvs.batchGet<StoredRecord>(batch);
        const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
        if (failure) {
          throw new DomainError(
            'INTERNAL',
            `Reading progress ${failure.key} failed: ${failure.error.code} ${failure.error.message}`,
          );
        }
        for (const { key, value } of successfulKeys) {
          const progress = progressCodec.decode(key, value);
          found.set(progress.keyResultId, progress);
        }
      }
      return found;
    },
    save: (progress) => records.put(recordKey(progress.keyResultId), progress),
    delete: (keyResultId) => records.delete(recordKey(keyResultId)),
    listStale: (request) => records.query(INDEX.byStaleness, [true], request),
  };
}
