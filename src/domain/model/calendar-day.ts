import { z } from 'zod';

/**
 * A calendar day `YYYY-MM-DD` in the site's time zone. Periods and snapshots are days, not instants, so day
 * arithmetic here is done on day numbers (days since 1970-01-01), where every day is exactly one unit long:
 * no time zone and no daylight-saving hour can shift a result.
 */
export const CalendarDay = z.iso.date();
export type CalendarDay = z.infer<typeof CalendarDay>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`. */
export function dayNumber(day: CalendarDay): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function dayFromNumber(days: number): CalendarDay {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return dayFromNumber(dayNumber(day) + days);
}

/** Days in [start, end], both included: a quarter Oct 1 – Dec 31 has 92. */
export function daysInclusive(start: CalendarDay, end: CalendarDay): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** The first day of a month; `month` may run past 12 or below 1 and rolls the year. */
export function firstDayOfMonth(year: number, month: number): CalendarDay {
  return new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
}
