import { Filter, FilterConditions, ForgeKvsAPIError } from '@forge/kvs';
import { err, ok, type Result } from '../domain';
import type { Kvs } from '../platform';
import { entityRecords, type EntityRecords } from './entity-records';
import { ConflictError } from './errors';
import type { RecordCodec, StoredRecord } from './record-codec';

export interface Versioned {
  id: string;
  version: number;
}

/**
 * Optimistic concurrency for records a user edits (objectives, key results). Version 0 means "never stored":
 * `create` stores version 1, and each write must name the version it read and stores the next one. The loser of a
 * race gets a ConflictError, returned.
 */
export interface VersionedRecords<T extends Versioned> extends Pick<EntityRecords<T>, 'get' | 'query'> {
  create(value: T): Promise<Result<T, ConflictError>>;
  update(value: T): Promise<Result<T, ConflictError>>;
  delete(id: string, expectedVersion: number): Promise<Result<void, ConflictError>>;
}

type Stored = StoredRecord & { version?: number };

export function versionedRecords<T extends Versioned>(
  kvs: Kvs,
  codec: RecordCodec<T>,
  keyOf: (id: string) => string,
): VersionedRecords<T> {
  const records = entityRecords(kvs, codec);
  const entityName = codec.entity;
  const atVersion = (version: number) => new Filter<Stored>().and('version', FilterConditions.equalTo(version));

  /**
   * A failed conditional write is told apart from other failures by reading the record again, not by the error
   * code: the storage service's code for an unmet condition is not documented.
   */
  async function conflictOr(error: unknown, id: string, expected: number | undefined): Promise<ConflictError> {
    if (!(error instanceof ForgeKvsAPIError)) throw error;
    const stored = await records.getStored(keyOf(id));
    const actual = typeof stored?.version === 'number' ? stored.version : undefined;
    if (expected === undefined) {
      if (stored) return new ConflictError(entityName, id, 'exists', undefined, actual, { cause: error });
    } else if (!stored) {
      return new ConflictError(entityName, id, 'missing', expected, undefined, { cause: error });
    } else if (actual !== expected) {
      return new ConflictError(entityName, id, 'stale', expected, actual, { cause: error });
    }
    throw error;
  }

  return {
    get: records.get,
    query: records.query,
    async create(value) {
      const created = { ...value, version: 1 };
      try {
        await kvs
          .entity<Stored>(entityName)
          .set(keyOf(value.id), codec.encode(created), { keyPolicy: 'FAIL_IF_EXISTS' });
        return ok(created);
      } catch (error) {
        return err(await conflictOr(error, value.id, undefined));
      }
    },
    async update(value) {
      const next = { ...value, version: value.version + 1 };
      try {
        await kvs
          .transact()
          .set<Stored>(keyOf(value.id), codec.encode(next), { entityName, conditions: atVersion(value.version) })
          .execute();
        return ok(next);
      } catch (error) {
        return err(await conflictOr(error, value.id, value.version));
      }
    },
    async delete(id, expectedVersion) {
      try {
        await kvs
          .transact()
          .delete<Stored>(keyOf(id), { entityName, conditions: atVersion(expectedVersion) })
          .execute();
        return ok(undefined);
      } catch (error) {
        return err(await conflictOr(error, id, expectedVersion));
      }
    },
  };
}
