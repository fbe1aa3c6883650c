import { addDays, calendarDayIn, type CalendarDay, type CheckIn, type Period, type Settings } from '../../domain';

/**
 * Why a KR's last check-in is overdue, or undefined when it is not: more than the cadence (the objective's when it
 * sets one, see cadenceOf; the site's otherwise) has passed since it, while its period runs. A KR never checked in
 * is not called stale here (it has nothing to be stale against), and a finished period expects no more check-ins.
 */
export function checkInOverdue(
  lastCheckIn: Pick<CheckIn, 'at'> | undefined,
  period: Pick<Period, 'end'> | undefined,
  today: CalendarDay,
  settings: Pick<Settings, 'checkInCadenceDays' | 'timeZone'>,
  cadenceDays: number = settings.checkInCadenceDays,
): string | undefined {
  if (!lastCheckIn || !period || today > period.end) return undefined;
  const day = calendarDayIn(lastCheckIn.at, settings.timeZone);
  if (!day || addDays(day, cadenceDays) >= today) return undefined;
  return `Check-in overdue: the last one was on ${day}, and check-ins are due every ${cadenceDays} days.`;
}
