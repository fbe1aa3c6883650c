import { z } from 'zod';
import { EntityId, IsoDateTime, Target } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY } from './entities';
import { entityRecords } from './entity-records';
import { recordKey } from './keys';
import { defineRecordCodec } from './record-codec';

const Count = z.number().int();

/**
 * Totals that issue events adjust. Counts may be signed while deltas are summed; a stored baseline is what a full
 * refresh measured, so its numbers are never negative.
 */
export const BaselineTotals = z.object({
  issues: Count,
  done: Count,
  /** Known when the refresh read the issues (points KRs); approximate counts give none. */
  breakdown: z.object({ todo: Count, inProgress: Count }).optional(),
  points: z.object({ total: z.number(), done: z.number(), unestimated: Count }).optional(),
  byTarget: z.array(z.object({ target: Target, issues: Count, done: Count })).optional(),
});
export type BaselineTotals = z.infer<typeof BaselineTotals>;

/** A Jira KR's totals at an instant; valid for incremental updates while the KR's scope definition is unchanged. */
export const KrBaseline = z.object({
  keyResultId: EntityId,
  /** Changes after this instant are not in the totals; changes at or before it are. */
  asOf: IsoDateTime,
  /** Digest of the KR's measure, targets and sub-task choice when the totals were taken. */
  fingerprint: z.string().min(1).max(128),
  measure: z.enum(['count', 'points']),
  totals: BaselineTotals,
  /** When a full refresh last measured the totals (`asOf` moves forward as events are folded in). */
  refreshedAt: IsoDateTime,
});
export type KrBaseline = z.infer<typeof KrBaseline>;

export interface KrBaselineRepository {
  get(keyResultId: string): Promise<KrBaseline | undefined>;
  save(baseline: KrBaseline): Promise<void>;
  delete(keyResultId: string): Promise<void>;
}

export const krBaselineCodec = defineRecordCodec({
  entity: ENTITY.baseline,
  schema: KrBaseline,
  schemaVersion: 1,
  attributes: (b) => ({ keyResultId: b.keyResultId }),
});

export function createKrBaselineRepository(kvs: Kvs): KrBaselineRepository {
  const records = entityRecords(kvs, krBaselineCodec);
  return {
    get: (keyResultId) => records.get(recordKey(keyResultId)),
    save: (baseline) => records.put(recordKey(baseline.keyResultId), baseline),
    delete: (keyResultId) => records.delete(recordKey(keyResultId)),
  };
}
