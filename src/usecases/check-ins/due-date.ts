import { addDays, calendarDayIn, dayNumber, type CalendarDay, type Period } from '../../domain';

export interface DueDateInput {
  /** The KR's latest check-in, if any. */
  lastCheckInAt: string | undefined;
  /** When the KR was created. */
  createdAt: string;
  period: Pick<Period, 'start'>;
  cadenceDays: number;
  timeZone: string;
}

/**
 * The day a KR's next check-in is due: one cadence after its last check-in. A KR never checked in is due one cadence
 * after the later of its period's start and its own creation, so a KR added mid-period is not overdue the day it is
 * written. Days are the site's calendar days, as for overdue check-ins (checkInOverdue agrees: due on that day,
 * overdue from the next).
 */
export function nextDueOn(input: DueDateInput): CalendarDay {
  const { lastCheckInAt, createdAt, period, cadenceDays, timeZone } = input;
  const last = lastCheckInAt === undefined ? undefined : dayIn(lastCheckInAt, timeZone);
  if (last !== undefined) return addDays(last, cadenceDays);
  const created = dayIn(createdAt, timeZone);
  return addDays(created > period.start ? created : period.start, cadenceDays);
}

/** Whole days from `dueOn` to `today`; 0 when due today or later. */
export function daysOverdue(dueOn: CalendarDay, today: CalendarDay): number {
  return Math.max(0, dayNumber(today) - dayNumber(dueOn));
}

// Settings refuse unknown time zones, so the UTC day is only a safe reading of an impossible case.
const dayIn = (instant: string, timeZone: string): CalendarDay =>
  calendarDayIn(instant, timeZone) ?? instant.slice(0, 10);
