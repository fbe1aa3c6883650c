import { WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { DomainError, EntityId, IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import { entityRecords } from './entity-records';
import { ISSUE_HISTORY_TTL_DAYS } from './issue-history-repository';
import { recordKey, sortableInstant } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec } from './record-codec';

/**
 * "This issue changed at `at` in a way that may matter to this KR." Immutable: one row per KR, issue and change, so
 * concurrent triggers never contend and a duplicate event rewrites the same row.
 */
export const KrTouch = z.object({
  keyResultId: EntityId,
  issueId: z.string().regex(/^\d+$/),
  rank: z.number().int().min(0),
  at: IsoDateTime,
});
export type KrTouch = z.infer<typeof KrTouch>;

export interface KrTouchRepository {
  /** Batches of 25; each row lives as long as the issue histories it points at. */
  addMany(touches: readonly KrTouch[]): Promise<void>;
  /** Rows of a KR for changes strictly after `after`, oldest first. */
  listSince(keyResultId: string, after: string, request?: PageRequest): Promise<Page<KrTouch>>;
}

const BATCH_SIZE = 25;

export const krTouchCodec = defineRecordCodec({
  entity: ENTITY.touch,
  schema: KrTouch,
  schemaVersion: 1,
  attributes: (t) => ({ keyResultId: t.keyResultId, at: sortableInstant(t.at) }),
});

export function createKrTouchRepository(kvs: Kvs): KrTouchRepository {
  const records = entityRecords(kvs, krTouchCodec);
  const ttl = { value: ISSUE_HISTORY_TTL_DAYS, unit: 'DAYS' } as const;
  return {
    async addMany(touches) {
      for (let start = 0; start < touches.length; start += BATCH_SIZE) {
        const items = touches.slice(start, start + BATCH_SIZE).map((touch) => ({
          entityName: ENTITY.touch,
          key: recordKey(touch.keyResultId, touch.issueId, String(touch.rank)),
          value: krTouchCodec.encode(touch),
          options: { ttl },
        }));
        const { failedKeys } = await kvs.batchSet(items);
        if (failedKeys.length > 0) {
          const [first] = failedKeys;
          throw new DomainError(
            'INTERNAL',
            `Recording ${failedKeys.length} issue change(s) failed, e.g. ${first?.key}: ${first?.error.message}`,
          );
        }
      }
    },
    listSince: (keyResultId, after, request) =>
      records.query(INDEX.byKeyResult, [keyResultId], {
        ...request,
        where: WhereConditions.greaterThan(sortableInstant(after)),
      }),
  };
}
