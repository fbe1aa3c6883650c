import { z } from 'zod';
import { CalendarDay } from './calendar-day';

/** A named time box, e.g. `2026-Q4` or `FY2027-Q1`; start and end are both included. */
export const PeriodFields = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(255),
  start: CalendarDay,
  end: CalendarDay,
});

/** end ≥ start, for `Period` and any schema derived from `PeriodFields` (`.omit` refuses refined objects). */
export function withPeriodRules<S extends z.ZodType<{ start?: string; end?: string }>>(schema: S): S {
  // ISO days compare correctly as strings.
  return schema.refine((p) => !p.start || !p.end || p.end >= p.start, {
    path: ['end'],
    message: 'must not be before start',
  });
}

export const Period = withPeriodRules(PeriodFields);
export type Period = z.infer<typeof Period>;
