import { z } from 'zod';
import { EntityId, IsoDateTime, OwnerIds } from './primitives';
import { KeyResultSource } from './key-result-source';

export const KeyResultKind = z.enum(['committed', 'aspirational']);
export type KeyResultKind = z.infer<typeof KeyResultKind>;

/**
 * PMO mode for long epics feeding several quarterly KRs: count only the work done during the KR's period against
 * the scope open at its start plus the scope added during it. Defined on issue counts, hence Jira `count` KRs only.
 */
export const Baseline = z.object({ mode: z.literal('period') });
export type Baseline = z.infer<typeof Baseline>;

export const KeyResult = z
  .object({
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
  })
  .refine((kr) => !kr.baseline || (kr.source.type === 'jira' && kr.source.measure === 'count'), {
    path: ['baseline'],
    message: 'a period baseline needs a Jira source measured by count',
  });
export type KeyResult = z.infer<typeof KeyResult>;
