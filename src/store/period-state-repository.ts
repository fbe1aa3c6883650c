import { ForgeKvsAPIError, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { AccountId, IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { recordKey } from './keys';
import { defineRecordCodec } from './record-codec';

/**
 * A closed period: who closed it and when. A period with no record is open. Plain kvs keys: a site closes four
 * quarters a year, so the list stays tiny and is read whole.
 */
export const ClosedPeriod = z.object({
  periodId: z.string().trim().min(1).max(64),
  closedAt: IsoDateTime,
  closedBy: AccountId,
});
export type ClosedPeriod = z.infer<typeof ClosedPeriod>;

export interface PeriodStateRepository {
  get(periodId: string): Promise<ClosedPeriod | undefined>;
  /** False when the period was closed already (the first close stands); nothing is written then. */
  close(closed: ClosedPeriod): Promise<boolean>;
  listClosed(): Promise<ClosedPeriod[]>;
}

const PREFIX = 'period-closed';
/** The documented page size of a plain key query. */
const PAGE_SIZE = 20;

export const closedPeriodCodec = defineRecordCodec({ entity: PREFIX, schema: ClosedPeriod, schemaVersion: 1 });

export function createPeriodStateRepository(kvs: Kvs): PeriodStateRepository {
  const keyOf = (periodId: string) => recordKey(PREFIX, periodId);
  return {
    async get(periodId) {
      const key = keyOf(periodId);
      const stored = await kvs.get(key);
      return stored === undefined ? undefined : closedPeriodCodec.decode(key, stored);
    },
    async close(closed) {
      const key = keyOf(closed.periodId);
      try {
        await kvs.set(key, closedPeriodCodec.encode(closed), { keyPolicy: 'FAIL_IF_EXISTS' });
        return true;
      } catch (error) {
        // The service's code for a taken key is not documented: a key that is there now explains the refusal.
        if (error instanceof ForgeKvsAPIError && (await kvs.get(key)) !== undefined) return false;
        throw error;
      }
    },
    async listClosed() {
      const closed: ClosedPeriod[] = [];
      let cursor: string | undefined;
      do {
        let query = kvs
          .query()
          .where('key', WhereConditions.beginsWith(`${PREFIX}#`))
          .limit(PAGE_SIZE);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        for (const { key, value } of page.results) closed.push(closedPeriodCodec.decode(key, value));
        cursor = page.nextCursor;
      } while (cursor);
      return closed;
    },
  };
}
