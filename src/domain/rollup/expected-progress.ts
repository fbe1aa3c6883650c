import { dayNumber, daysInclusive, type CalendarDay } from '../model/calendar-day';
import type { KeyResultKind } from '../model/key-result';
import type { Period } from '../model/period';
import { clamp } from './numbers';

/**
 * Where a KR should be on `today`: the share of the period's days already over, times the stretch norm for
 * aspirational KRs (they succeed at 0.7, so they are on pace at 70% of the elapsed share).
 *
 * Day convention: a period [start, end] has `end − start + 1` days, both ends included, and a day counts as
 * elapsed once it is over. So expected = (today − start) / days: 0 on the first day (nobody is behind on
 * day one), 45/92 on the 46th day of a 92-day quarter, 91/92 on its last day, 1 from the day after it ends.
 * `today` is the calendar day in the site's time zone (see `calendarDayIn`).
 */
export function expectedProgress(
  period: Pick<Period, 'start' | 'end'>,
  today: CalendarDay,
  kind: KeyResultKind = 'committed',
  aspirationalNorm = 0.7,
): number {
  const days = daysInclusive(period.start, period.end);
  const elapsed = dayNumber(today) - dayNumber(period.start);
  const share = days > 0 ? clamp(elapsed / days, 0, 1) : 1;
  return kind === 'aspirational' ? share * aspirationalNorm : share;
}
