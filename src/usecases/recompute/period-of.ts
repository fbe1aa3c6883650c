import { fiscalYearPeriod, periodsOfYear, type Period, type Settings } from '../../domain';

const PERIOD_ID = /^(FY)?(\d{4})(?:-Q([1-4]))?$/;

/**
 * The dates of a period from the ids the app hands out (`2026`, `2026-Q4`, `FY2027`, `FY2027-Q1`): calendar ids are
 * calendar periods, `FY` ids follow the fiscal start. Needed to measure a period-baseline KR. The same rule as
 * src/usecases/periods (resolvePeriod); kept here until that module is shared.
 */
export function periodOf(periodId: string, settings: Pick<Settings, 'fiscalYearStartMonth'>): Period | undefined {
  const match = PERIOD_ID.exec(periodId);
  if (!match) return undefined;
  const [, fy, yearText, quarterText] = match;
  const startMonth = fy ? settings.fiscalYearStartMonth : 1;
  if (fy && startMonth === 1) return undefined;
  const year = Number(yearText);
  if (quarterText === undefined) return fiscalYearPeriod(year, startMonth);
  return periodsOfYear(year, startMonth)[Number(quarterText) - 1];
}
