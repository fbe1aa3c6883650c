import { KeyResult, type Result } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import type { ConflictError } from './errors';
import { recordKey, sortableInstant } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec } from './record-codec';
import { versionedRecords } from './versioned-records';

export interface KeyResultRepository {
  get(id: string): Promise<KeyResult | undefined>;
  /** Stores version 1; a ConflictError if the id is taken. */
  create(keyResult: KeyResult): Promise<Result<KeyResult, ConflictError>>;
  /** `keyResult.version` is the version read; the saved key result carries the next one. */
  update(keyResult: KeyResult): Promise<Result<KeyResult, ConflictError>>;
  delete(id: string, expectedVersion: number): Promise<Result<void, ConflictError>>;
  /** Ordered by objective. */
  listByPeriod(periodId: string, request?: PageRequest): Promise<Page<KeyResult>>;
  /** In creation order. */
  listByObjective(objectiveId: string, request?: PageRequest): Promise<Page<KeyResult>>;
}

export const keyResultCodec = defineRecordCodec({
  entity: ENTITY.keyResult,
  schema: KeyResult,
  schemaVersion: 1,
  attributes: (kr) => ({
    version: kr.version,
    periodId: kr.periodId,
    objectiveId: kr.objectiveId,
    createdAt: sortableInstant(kr.createdAt),
  }),
});

export function createKeyResultRepository(kvs: Kvs): KeyResultRepository {
  const records = versionedRecords(kvs, keyResultCodec, (id) => recordKey(id));
  return {
    get: (id) => records.get(recordKey(id)),
    create: records.create,
    update: records.update,
    delete: records.delete,
    listByPeriod: (periodId, request) => records.query(INDEX.byPeriod, [periodId], request),
    listByObjective: (objectiveId, request) => records.query(INDEX.byObjective, [objectiveId], request),
  };
}
