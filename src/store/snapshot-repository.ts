import { ProgressSnapshot, type CalendarDay } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import { entityRecords } from './entity-records';
import { recordKey } from './keys';
import type { Page, PageRequest } from './page';
import { rangeWhere } from './range-where';
import { defineRecordCodec } from './record-codec';

export interface SnapshotRepository {
  /** One snapshot per KR per day: saving the same day again replaces it, so a re-run job is harmless. */
  save(snapshot: ProgressSnapshot): Promise<void>;
  get(keyResultId: string, date: CalendarDay): Promise<ProgressSnapshot | undefined>;
  delete(keyResultId: string, date: CalendarDay): Promise<void>;
  /** A KR's history in date order, within inclusive bounds when given. */
  listByKeyResult(
    keyResultId: string,
    request?: PageRequest & { from?: CalendarDay; to?: CalendarDay },
  ): Promise<Page<ProgressSnapshot>>;
  listByDate(date: CalendarDay, request?: PageRequest): Promise<Page<ProgressSnapshot>>;
}

export const snapshotCodec = defineRecordCodec({
  entity: ENTITY.snapshot,
  schema: ProgressSnapshot,
  schemaVersion: 1,
  attributes: (s) => ({ keyResultId: s.keyResultId, date: s.date }),
});

export function createSnapshotRepository(kvs: Kvs): SnapshotRepository {
  const records = entityRecords(kvs, snapshotCodec);
  const keyOf = (keyResultId: string, date: CalendarDay) => recordKey(keyResultId, date);
  return {
    save: (snapshot) => records.put(keyOf(snapshot.keyResultId, snapshot.date), snapshot),
    get: (keyResultId, date) => records.get(keyOf(keyResultId, date)),
    delete: (keyResultId, date) => records.delete(keyOf(keyResultId, date)),
    listByKeyResult: (keyResultId, { from, to, ...page } = {}) =>
      records.query(INDEX.byKeyResult, [keyResultId], { ...page, ...rangeWhere(from, to) }),
    listByDate: (date, request) => records.query(INDEX.byDate, [date], request),
  };
}
