import { fiscalYearPeriod, periodsOfYear, type Period, type Settings } from '../../domain';

/** Period ids the app hands out: `2026`, `2026-Q4` (January fiscal start), `FY2027`, `FY2027-Q1` (any other). */
const PERIOD_ID = /^(FY)?(\d{4})(?:-Q([1-4]))?$/;

/** Years a period id may name: wide enough for any plan, narrow enough to refuse typos like 0202. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * The dates of a period from its id. Calendar ids (`2026-Q4`) always mean calendar quarters, whatever the fiscal
 * start is today, so objectives keep their dates when an admin changes the fiscal start; `FY` ids follow the current
 * fiscal start, and are unknown under a January start (which never produces them).
 */
export function resolvePeriod(periodId: string, settings: Pick<Settings, 'fiscalYearStartMonth'>): Period | undefined {
  const match = PERIOD_ID.exec(periodId);
  if (!match) return undefined;
  const [, fy, yearText, quarterText] = match;
  const year = Number(yearText);
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const startMonth = fy ? settings.fiscalYearStartMonth : 1;
  if (fy && startMonth === 1) return undefined;
  if (quarterText === undefined) return fiscalYearPeriod(year, startMonth);
  return periodsOfYear(year, startMonth)[Number(quarterText) - 1];
}
