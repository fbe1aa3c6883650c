/**
 * The period ids a backup walks. Custom entities are listed only through an index partition, and objectives and KRs
 * are partitioned by period, so a backup reads every period id the app may have handed out in a window of years:
 * calendar ids (`2026`, `2026-Q4`) and fiscal ids (`FY2027`, `FY2027-Q1`), which survive a change of fiscal start.
 * Ten years back and two ahead of today: 130 ids, two index queries each (docs/adr/0015).
 */
export const BACKUP_YEARS_BACK = 10;
export const BACKUP_YEARS_AHEAD = 2;

export function backupPeriodIds(today: string, alsoInclude: readonly string[] = []): string[] {
  const year = Number(today.slice(0, 4));
  const ids = new Set<string>();
  for (let y = year - BACKUP_YEARS_BACK; y <= year + BACKUP_YEARS_AHEAD; y += 1) {
    for (const prefix of ['', 'FY']) {
      ids.add(`${prefix}${y}`);
      for (const q of [1, 2, 3, 4]) ids.add(`${prefix}${y}-Q${q}`);
    }
  }
  for (const id of alsoInclude) ids.add(id);
  return [...ids];
}
