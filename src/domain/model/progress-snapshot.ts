import { z } from 'zod';
import { CalendarDay } from './calendar-day';
import { EntityId } from './primitives';

/** One point of a KR's daily history, taken by the scheduled job: enough to chart progress and scope growth. */
export const ProgressSnapshot = z.object({
  keyResultId: EntityId,
  date: CalendarDay,
  progress: z.number().min(0).max(1),
  scopeIssues: z.number().int().min(0),
  doneIssues: z.number().int().min(0),
  scopePoints: z.number().min(0).optional(),
  donePoints: z.number().min(0).optional(),
});
export type ProgressSnapshot = z.infer<typeof ProgressSnapshot>;
