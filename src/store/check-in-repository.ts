import { Sort } from '@forge/kvs';
import { CheckIn } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import { entityRecords } from './entity-records';
import { recordKey, sortableInstant } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec, type StoredRecord } from './record-codec';
import { rangeWhere } from './range-where';

export interface CheckInQuery extends PageRequest {
  /** Inclusive bounds on `at`, ISO date-times. */
  from?: string;
  to?: string;
  newestFirst?: boolean;
}

export interface CheckInRepository {
  /** One record per check-in, so a KR's history never outgrows a value. Saving an id again replaces it. */
  save(checkIn: CheckIn): Promise<void>;
  /**
   * Stores this version of a check-in and answers, in the same storage call, the version it replaced (undefined when
   * there was none): an edit compares it with what it read, to notice someone else's edit in between.
   */
  replace(checkIn: CheckIn): Promise<CheckIn | undefined>;
  get(id: string): Promise<CheckIn | undefined>;
  delete(id: string): Promise<void>;
  listByKeyResult(keyResultId: string, query?: CheckInQuery): Promise<Page<CheckIn>>;
  latest(keyResultId: string): Promise<CheckIn | undefined>;
}

export const checkInCodec = defineRecordCodec({
  entity: ENTITY.checkIn,
  schema: CheckIn,
  schemaVersion: 1,
  attributes: (checkIn) => ({ keyResultId: checkIn.keyResultId, at: sortableInstant(checkIn.at) }),
});

export function createCheckInRepository(kvs: Kvs): CheckInRepository {
  const records = entityRecords(kvs, checkInCodec);
  const listByKeyResult = (keyResultId: string, { from, to, newestFirst, ...page }: CheckInQuery = {}) =>
    records.query(INDEX.byKeyResult, [keyResultId], {
      ...page,
      ...(newestFirst ? { sort: Sort.DESC } : {}),
      ...rangeWhere(
        from === undefined ? undefined : sortableInstant(from),
        to === undefined ? undefined : sortableInstant(to),
      ),
    });
  return {
    save: (checkIn) => records.put(recordKey(checkIn.id), checkIn),
    async replace(checkIn) {
      const key = recordKey(checkIn.id);
      const previous = await kvs
        .entity<StoredRecord>(checkInCodec.entity)
        .set(key, checkInCodec.encode(checkIn), { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
      return previous ? checkInCodec.decode(key, previous.value) : undefined;
    },
    get: (id) => records.get(recordKey(id)),
    delete: (id) => records.delete(recordKey(id)),
    listByKeyResult,
    latest: async (keyResultId) => (await listByKeyResult(keyResultId, { newestFirst: true, limit: 1 })).items[0],
  };
}
