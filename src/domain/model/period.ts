import { z } from 'zod';
import { CalendarDay } from './calendar-day';

/** A named time box, e.g. `2026-Q4` or `FY2027-Q1`; start and end are both included. */
export const Period = z
  .object({
    id: z.string().trim().min(1).max(64),
    name: z.string().trim().min(1).max(255),
    start: CalendarDay,
    end: CalendarDay,
  })
  // ISO days compare correctly as strings.
  .refine((p) => p.end >= p.start, { path: ['end'], message: 'must not be before start' });
export type Period = z.infer<typeof Period>;
