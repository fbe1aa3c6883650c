import { addDays, daysInclusive, type CalendarDay } from '../model/calendar-day';

/**
 * The days a count-based history backfill measures: every day from `from` to `to` when there are at most `max` of
 * them, else `max` days spread evenly over the range, always the first and the last. Each sampled day costs two counts,
 * so `max` bounds a backfill's Jira cost whatever the size of the scope or the length of the period.
 */
export function sampleDays(from: CalendarDay, to: CalendarDay, max: number): CalendarDay[] {
  const length = daysInclusive(from, to);
  if (length <= 0 || max < 1) return [];
  if (length <= max) return Array.from({ length }, (_, i) => addDays(from, i));
  if (max === 1) return [to];
  const picked = new Set<number>();
  for (let i = 0; i < max; i += 1) picked.add(Math.round((i * (length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).map((offset) => addDays(from, offset));
}
