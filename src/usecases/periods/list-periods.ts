import type { PeriodDto } from '../../contract';
import {
  addDays,
  calendarDayIn,
  fiscalYearOf,
  fiscalYearPeriod,
  periodsOfYear,
  quarterOf,
  type CalendarDay,
  type Period,
  type Settings,
} from '../../domain';
import type { Clock } from '../../platform';

/** Today in the site's time zone: the day periods, pace and snapshots are measured in. */
export function siteToday(clock: Clock, settings: Pick<Settings, 'timeZone'>): CalendarDay {
  // calendarDayIn answers undefined only for an unknown zone, which Settings refuses; UTC is the safe reading.
  return calendarDayIn(clock.now(), settings.timeZone) ?? clock.now().toISOString().slice(0, 10);
}

export function currentPeriod(settings: Pick<Settings, 'fiscalYearStartMonth'>, today: CalendarDay): Period {
  return quarterOf(today, settings.fiscalYearStartMonth);
}

/**
 * The periods people plan in: the previous quarter, every quarter of the current fiscal year, the next quarter, then
 * the fiscal year itself for annual objectives. `closed` names the periods closed at period close (docs/adr/0013).
 */
export function listPeriods(
  settings: Pick<Settings, 'fiscalYearStartMonth'>,
  today: CalendarDay,
  closed: ReadonlySet<string>,
): PeriodDto[] {
  const month = settings.fiscalYearStartMonth;
  const current = quarterOf(today, month);
  const previous = quarterOf(addDays(current.start, -1), month);
  const next = quarterOf(addDays(current.end, 1), month);
  const fiscalYear = fiscalYearOf(today, month);
  const quarters = new Map<string, Period>();
  for (const period of [previous, ...periodsOfYear(fiscalYear, month), next]) quarters.set(period.id, period);
  const ordered = [...quarters.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return [...ordered, fiscalYearPeriod(fiscalYear, month)].map((period) => toPeriodDto(period, closed));
}

/** `closed` is required so no view can forget a closed period (periodDtoOf reads it for one period). */
export const toPeriodDto = (period: Period, closed: ReadonlySet<string>): PeriodDto => ({
  ...period,
  closed: closed.has(period.id),
});
