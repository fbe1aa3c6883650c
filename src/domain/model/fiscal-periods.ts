import { addDays, firstDayOfMonth, type CalendarDay } from './calendar-day';
import type { Period } from './period';

/**
 * Fiscal quarters. A fiscal year is named by the calendar year in which it ends (fiscal start April:
 * 2026-04-01 … 2027-03-31 is FY2027). With a January start fiscal and calendar years coincide, so periods keep
 * plain calendar names (`2026-Q4`) that nobody has to translate.
 */

/** The fiscal year (named by its end) that a day falls in. */
export function fiscalYearOf(day: CalendarDay, fiscalYearStartMonth: number): number {
  const { year, month } = yearAndMonth(day);
  const startYear = month >= fiscalYearStartMonth ? year : year - 1;
  return fiscalYearStartMonth === 1 ? startYear : startYear + 1;
}

/** The fiscal quarter containing `day`, e.g. 2026-05-10 with an April start is FY2027-Q1 (Apr 1 – Jun 30). */
export function quarterOf(day: CalendarDay, fiscalYearStartMonth: number): Period {
  const { year, month } = yearAndMonth(day);
  const startYear = month >= fiscalYearStartMonth ? year : year - 1;
  const quarter = Math.floor(((month - fiscalYearStartMonth + 12) % 12) / 3) + 1;
  return quarterPeriod(startYear, quarter, fiscalYearStartMonth);
}

/** The four quarters of a fiscal year, in order; `fiscalYear` is named by its end as in `fiscalYearOf`. */
export function periodsOfYear(fiscalYear: number, fiscalYearStartMonth: number): Period[] {
  const startYear = fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  return [1, 2, 3, 4].map((quarter) => quarterPeriod(startYear, quarter, fiscalYearStartMonth));
}

/** The whole fiscal year as one period, for annual objectives: `2026` or `FY2027`. */
export function fiscalYearPeriod(fiscalYear: number, fiscalYearStartMonth: number): Period {
  const startYear = fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  const label = yearLabel(fiscalYear, fiscalYearStartMonth);
  const start = firstDayOfMonth(startYear, fiscalYearStartMonth);
  const end = addDays(firstDayOfMonth(startYear, fiscalYearStartMonth + 12), -1);
  return { id: label, name: label, start, end };
}

function quarterPeriod(fiscalStartYear: number, quarter: number, fiscalYearStartMonth: number): Period {
  const firstMonth = fiscalYearStartMonth + (quarter - 1) * 3;
  const fiscalYear = fiscalYearStartMonth === 1 ? fiscalStartYear : fiscalStartYear + 1;
  const label = yearLabel(fiscalYear, fiscalYearStartMonth);
  return {
    id: `${label}-Q${quarter}`,
    name: `Q${quarter} ${label}`,
    start: firstDayOfMonth(fiscalStartYear, firstMonth),
    end: addDays(firstDayOfMonth(fiscalStartYear, firstMonth + 3), -1),
  };
}

function yearLabel(fiscalYear: number, fiscalYearStartMonth: number): string {
  return fiscalYearStartMonth === 1 ? String(fiscalYear) : `FY${fiscalYear}`;
}

function yearAndMonth(day: CalendarDay): { year: number; month: number } {
  const [year = 1970, month = 1] = day.split('-').map(Number);
  return { year, month };
}
