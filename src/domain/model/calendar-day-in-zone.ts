import type { CalendarDay } from './calendar-day';

/**
 * The calendar day an instant falls on in an IANA time zone, e.g. `2026-03-31T23:30:00Z` is `2026-04-01` in
 * Europe/Paris. Returns undefined for an unparsable instant or an unknown zone, so callers decide what missing
 * means instead of receiving a wrong day.
 */
export function calendarDayIn(instant: string | Date, timeZone: string): CalendarDay | undefined {
  const time = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (!Number.isFinite(time)) return undefined;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = dayFormatter(timeZone).formatToParts(time);
  } catch {
    return undefined;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    dayFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Building a formatter is slow relative to using one, and rollups convert many dates in one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
