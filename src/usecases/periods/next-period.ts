import type { Period, Settings } from '../../domain';
import { resolvePeriod } from './resolve-period';

const QUARTER_ID = /^(FY)?(\d{4})-Q([1-4])$/;

/**
 * The quarter after a quarter, in the same numbering (`2026-Q4` → `2027-Q1`, `FY2027-Q4` → `FY2028-Q1`), where
 * unfinished work is carried at period close. An annual period has none: a year's objectives are not carried.
 */
export function nextPeriod(periodId: string, settings: Pick<Settings, 'fiscalYearStartMonth'>): Period | undefined {
  const match = QUARTER_ID.exec(periodId);
  if (!match) return undefined;
  const [, fy = '', yearText, quarterText] = match;
  const year = Number(yearText);
  const quarter = Number(quarterText);
  const id = quarter === 4 ? `${fy}${year + 1}-Q1` : `${fy}${year}-Q${quarter + 1}`;
  return resolvePeriod(id, settings);
}
