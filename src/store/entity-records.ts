import type { Sort } from '@forge/kvs';
import type { EntityWhereClauses } from '@forge/kvs/out/interfaces/entity-query';
import type { Kvs } from '../platform';
import { DEFAULT_PAGE_SIZE, type Page, type PageRequest } from './page';
import type { RecordCodec, StoredRecord } from './record-codec';

/** Reads and index queries of one entity, every record decoded (migrated, validated) on the way out. */
export interface EntityRecords<T> {
  get(key: string): Promise<T | undefined>;
  getStored(key: string): Promise<StoredRecord | undefined>;
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  query(index: string, partition: readonly unknown[], request?: QueryRequest): Promise<Page<T>>;
}

export interface QueryRequest extends PageRequest {
  where?: EntityWhereClauses;
  sort?: Sort;
}

export function entityRecords<T>(kvs: Kvs, codec: RecordCodec<T>): EntityRecords<T> {
  const entity = () => kvs.entity<StoredRecord>(codec.entity);
  return {
    getStored: (key) => entity().get(key),
    async get(key) {
      const stored = await entity().get(key);
      return stored === undefined ? undefined : codec.decode(key, stored);
    },
    put: (key, value) => entity().set(key, codec.encode(value)),
    delete: (key) => entity().delete(key),
    async query(index, partition, { cursor, limit = DEFAULT_PAGE_SIZE, where, sort } = {}) {
      let query = entity()
        .query()
        .index(index, { partition: [...partition] })
        .limit(limit);
      if (where) query = query.where(where);
      if (sort) query = query.sort(sort);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      const items = page.results.map(({ key, value }) => codec.decode(key, value));
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },
  };
}
