import { z } from 'zod';
import { AccountId, EntityId, IsoDateTime } from './primitives';

/** Either a word or a 0–10 score: teams use one or the other, and both are worth charting. */
export const Confidence = z.union([z.enum(['low', 'medium', 'high']), z.number().int().min(0).max(10)], {
  error: 'must be low, medium, high or an integer from 0 to 10',
});
export type Confidence = z.infer<typeof Confidence>;

/** A check-in's content as it was before an edit; `editorId` and `at` say who replaced it and when. */
export const CheckInRevision = z.object({
  at: IsoDateTime,
  editorId: AccountId,
  value: z.number().optional(),
  confidence: Confidence,
  note: z.string().max(2000),
  blockers: z.string().max(2000).optional(),
});
export type CheckInRevision = z.infer<typeof CheckInRevision>;

export const CheckIn = z.object({
  id: EntityId,
  keyResultId: EntityId,
  authorId: AccountId,
  at: IsoDateTime,
  /** The metric's new current value; only for metric KRs. */
  value: z.number().optional(),
  confidence: Confidence,
  note: z.string().max(2000).default(''),
  blockers: z.string().max(2000).optional(),
  /** Set when edited: the last edit's time, and every earlier version (oldest first) with who replaced it. */
  editedAt: IsoDateTime.optional(),
  revisions: z.array(CheckInRevision).optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;
