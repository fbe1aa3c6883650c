import { addDays, type BurnupDay, type CalendarDay } from '../../domain';
import { isJiraUnavailable, jqlValue, type JiraApi, type JiraUnavailableReason } from '../../jira';

/** Where an interrupted count backfill stands: plain JSON, stored in the re-queued job. */
export interface CountHistoryCursor {
  /** The site's statuses in the done category, once read. */
  doneStatusIds?: string[];
  /** The sampled days measured so far. */
  days: BurnupDay[];
}

export interface CountHistoryInput {
  /** The KR's scope as JQL (src/jira `scopeJql`). */
  scopeJql: string;
  /** The days to measure, oldest first (domain `sampleDays`). */
  days: readonly CalendarDay[];
  cursor?: CountHistoryCursor;
}

export type CountHistoryOutcome =
  | { status: 'complete'; days: BurnupDay[] }
  | { status: 'interrupted'; reason: JiraUnavailableReason; cursor: CountHistoryCursor };

/**
 * A scope's burn-up on the given days from two approximate counts a day, whatever the scope's size: the issues in
 * scope created by the end of the day, and of those the ones whose status was in the done category at the end of that
 * day (`status WAS IN (…) ON "day 23:59"`, Jira's own search over the changelogs). One call lists the site's statuses
 * first.
 *
 * What it cannot see: scope membership in the past. An issue counts from its creation if it is in the scope now, so
 * an issue moved in during the period shows as if it had always been there, and one moved out is not counted. JQL dates
 * are read in Jira's time zone for the app.
 */
export async function countHistory(
  api: Pick<JiraApi, 'approximateCount' | 'getStatuses'>,
  input: CountHistoryInput,
): Promise<CountHistoryOutcome> {
  const cursor: CountHistoryCursor = structuredClone(input.cursor ?? { days: [] });
  const measured = new Set(cursor.days.map((d) => d.date));
  try {
    cursor.doneStatusIds ??= (await api.getStatuses())
      .filter((s) => s.statusCategory?.key === 'done' && s.id !== undefined)
      .map((s) => String(s.id));
    for (const date of input.days) {
      if (measured.has(date)) continue;
      const existing = `(${input.scopeJql}) AND created < ${jqlValue(addDays(date, 1))}`;
      const scope = (await api.approximateCount({ jql: existing })).count ?? 0;
      const done =
        scope === 0 || cursor.doneStatusIds.length === 0
          ? 0
          : ((await api.approximateCount({ jql: `${existing} AND ${wasDoneOn(cursor.doneStatusIds, date)}` })).count ??
            0);
      cursor.days.push({ date, scope, done: Math.min(done, scope) });
    }
  } catch (error) {
    if (isJiraUnavailable(error)) return { status: 'interrupted', reason: error.reason, cursor };
    throw error;
  }
  return { status: 'complete', days: [...cursor.days].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

/** Done at the end of the day: in a done status during its last minute (`ON "day"` alone would also match an issue
 * done in the morning and reopened by the evening). */
function wasDoneOn(statusIds: readonly string[], date: CalendarDay): string {
  return `status WAS IN (${statusIds.map(jqlValue).join(', ')}) ON ${jqlValue(`${date} 23:59`)}`;
}
