import { z } from 'zod';
import { AccountId, EntityId, IsoDateTime, OwnerIds } from './primitives';
import { KeyResultSource } from './key-result-source';

export const KeyResultKind = z.enum(['committed', 'aspirational']);
export type KeyResultKind = z.infer<typeof KeyResultKind>;

/**
 * PMO mode for long epics feeding several quarterly KRs: count only the work done during the KR's period against
 * the scope open at its start plus the scope added during it. Defined on issue counts, hence Jira `count` KRs only.
 */
export const Baseline = z.object({ mode: z.literal('period') });
export type Baseline = z.infer<typeof Baseline>;

export const KeyResultGrade = z.object({
  value: z.number().min(0).max(1),
  reason: z.string().trim().max(2000).optional(),
  by: AccountId,
  at: IsoDateTime,
});
export type KeyResultGrade = z.infer<typeof KeyResultGrade>;

/** The fields alone, for derived schemas (`.omit`, `.partial`, which zod refuses on refined objects). */
export const KeyResultFields = z.object({
  id: EntityId,
  objectiveId: EntityId,
  title: z.string().trim().min(1).max(255),
  ownerIds: OwnerIds,
  kind: KeyResultKind,
  /** Share in the objective's weighted mean; 0 keeps the KR visible without counting it. */
  weight: z.number().min(0, 'must not be negative').default(1),
  source: KeyResultSource,
  baseline: Baseline.optional(),
  periodId: z.string().trim().min(1).max(64),
  version: z.number().int().min(0),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The KR of an earlier period this one continues. */
  carriedFrom: EntityId.optional(),
  /** Set at period close: the grade (0.0–1.0, tenths), why it differs from the suggested one, who set it, when. */
  grade: KeyResultGrade.optional(),
});

/**
 * The cross-field rules of a key result, for `KeyResult` and for any schema derived from `KeyResultFields`
 * (a create payload without id and timestamps, say). A field a partial update leaves out is not checked here:
 * the merged record is, when it is parsed with `KeyResult`.
 */
export function withKeyResultRules<S extends z.ZodType<{ source?: KeyResultSource; baseline?: Baseline }>>(
  schema: S,
): S {
  return schema.refine(
    (kr) => !kr.baseline || !kr.source || (kr.source.type === 'jira' && kr.source.measure === 'count'),
    { path: ['baseline'], message: 'a period baseline needs a Jira source measured by count' },
  );
}

export const KeyResult = withKeyResultRules(KeyResultFields);
export type KeyResult = z.infer<typeof KeyResult>;
