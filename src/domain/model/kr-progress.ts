import { z } from 'zod';
import { EntityId, IsoDateTime } from './primitives';
import { ProgressEvidence } from './progress-evidence';

/**
 * A KR's derived progress as stored. When a refresh fails the previous value stays, marked stale, because a
 * failed refresh must never overwrite a good value with zero.
 */
export const KrProgress = z.object({
  keyResultId: EntityId,
  progress: z.number().min(0).max(1),
  evidence: ProgressEvidence,
  asOf: IsoDateTime,
  stale: z.boolean(),
  staleReason: z.string().max(500).optional(),
  /** When the value last refreshed successfully; set while stale. */
  lastGoodAt: IsoDateTime.optional(),
});
export type KrProgress = z.infer<typeof KrProgress>;
