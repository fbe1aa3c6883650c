/**
 * A KR scope's burn-up for its period, rebuilt from Jira by whichever of two ways costs fewer API points (points are
 * the scarce resource: DESIGN "Performance model"):
 * - `changelogs` (backfill-history.ts): the epics' children and their status and parent changes, every day exact,
 *   about two points per issue (one in the search, one in changelog/bulkfetch);
 * - `counts` (count-history.ts): two approximate counts per sampled day, at most MAX_SAMPLE_DAYS days, so at most
 *   2 × 14 + 2 points whatever the scope's size; it reads any scope (projects, versions, JQL), but past membership only
 *   as the issues in scope now, by creation date.
 * The changelog way is taken for epics whose scope is small enough to be cheaper that way, and for epics on a site
 * that refuses the count way's history clauses.
 */
import { addDays, sampleDays, type BurnupDay, type CalendarDay, type Target } from '../../domain';
import { isApiError } from 'jira.js/core';
import {
  DEFAULT_EPIC_TYPE_NAMES,
  isJiraUnavailable,
  scopeJql,
  type JiraApi,
  type JiraUnavailableReason,
} from '../../jira';
import { backfillHistory, type BackfillCursor } from './backfill-history';
import { countHistory, type CountHistoryCursor } from './count-history';
import type { CategoryOf } from './history-changes';

/** Sampled days at most for the count way: 29 points for a quarter, against ~2 per issue for changelogs. */
export const MAX_SAMPLE_DAYS = 14;

export type HistoryStrategy = 'changelogs' | 'counts';

export type HistoryCursor =
  ({ strategy: 'changelogs' } & BackfillCursor) | ({ strategy: 'counts'; sampled: CalendarDay[] } & CountHistoryCursor);

export interface RebuildHistoryInput {
  targets: readonly Target[];
  includeSubtasks: boolean;
  period: { start: CalendarDay; end: CalendarDay };
  today: CalendarDay;
  timeZone: string;
  statusCategoryOf: CategoryOf;
  cursor?: HistoryCursor;
}

export type RebuildHistoryOutcome =
  | { status: 'complete'; strategy: HistoryStrategy; days: BurnupDay[] }
  | { status: 'interrupted'; reason: JiraUnavailableReason; cursor?: HistoryCursor };

type HistoryApi = Pick<JiraApi, 'approximateCount' | 'getStatuses' | 'searchJql' | 'bulkFetchChangelogs'>;

/** Which KR scopes can be rebuilt: issue counts without a period baseline; sub-tasks only outside epics. */
export function rebuildableScope(source: { measure: string; targets: readonly Target[]; includeSubtasks: boolean }) {
  return (
    source.measure === 'count' &&
    source.targets.length > 0 &&
    !(source.includeSubtasks && source.targets.some((t) => t.kind === 'epic'))
  );
}

/** Estimated points of each way: changelogs pay per issue (search pages + issues, changelog calls + issues). */
export function historyCost(scopeIssues: number, sampledDays: number): Record<HistoryStrategy, number> {
  return {
    changelogs: Math.ceil(scopeIssues / 100) + scopeIssues + Math.ceil(scopeIssues / 1000) + scopeIssues,
    counts: 1 + 2 * sampledDays,
  };
}

export async function rebuildHistory(api: HistoryApi, input: RebuildHistoryInput): Promise<RebuildHistoryOutcome> {
  const scope = scopeJql(input.targets, {
    includeSubtasks: input.includeSubtasks,
    epicTypeNames: DEFAULT_EPIC_TYPE_NAMES,
  });
  if (scope === undefined) return { status: 'complete', strategy: 'counts', days: [] };
  let cursor = input.cursor;
  if (cursor === undefined) {
    const sampled = countedDays(input);
    let chosen: HistoryStrategy;
    try {
      chosen = await chooseStrategy(api, scope, input, sampled.length);
    } catch (error) {
      if (isJiraUnavailable(error)) return { status: 'interrupted', reason: error.reason };
      throw error;
    }
    cursor =
      chosen === 'changelogs'
        ? { strategy: 'changelogs', changes: {}, chunk: 0 }
        : { strategy: 'counts', sampled, days: [] };
  }
  if (cursor.strategy === 'changelogs') return byChangelogs(api, input, cursor);
  try {
    return await byCounts(api, scope, cursor);
  } catch (error) {
    // A site that refuses the history clauses in a count: epics can still be rebuilt from their changelogs.
    if (!(isApiError(error) && error.status === 400) || !epicsOnly(input)) throw error;
    return byChangelogs(api, input, { strategy: 'changelogs', changes: {}, chunk: 0 });
  }
}

const epicsOnly = (input: Pick<RebuildHistoryInput, 'targets' | 'includeSubtasks'>): boolean =>
  !input.includeSubtasks && input.targets.every((t) => t.kind === 'epic');

async function chooseStrategy(
  api: HistoryApi,
  scope: string,
  input: RebuildHistoryInput,
  sampledDays: number,
): Promise<HistoryStrategy> {
  if (!epicsOnly(input)) return 'counts';
  const issues = (await api.approximateCount({ jql: scope })).count ?? 0;
  const cost = historyCost(issues, sampledDays);
  return cost.changelogs <= cost.counts ? 'changelogs' : 'counts';
}

/** The period's days before today (today is the daily job's), sampled. */
function countedDays(input: Pick<RebuildHistoryInput, 'period' | 'today'>): CalendarDay[] {
  const yesterday = addDays(input.today, -1);
  return sampleDays(input.period.start, yesterday < input.period.end ? yesterday : input.period.end, MAX_SAMPLE_DAYS);
}

async function byCounts(
  api: HistoryApi,
  scope: string,
  cursor: Extract<HistoryCursor, { strategy: 'counts' }>,
): Promise<RebuildHistoryOutcome> {
  const { sampled, strategy, ...counts } = cursor;
  const outcome = await countHistory(api, { scopeJql: scope, days: sampled, cursor: counts });
  return outcome.status === 'complete'
    ? { status: 'complete', strategy, days: outcome.days }
    : { status: 'interrupted', reason: outcome.reason, cursor: { strategy, sampled, ...outcome.cursor } };
}

async function byChangelogs(
  api: HistoryApi,
  input: RebuildHistoryInput,
  cursor: Extract<HistoryCursor, { strategy: 'changelogs' }>,
): Promise<RebuildHistoryOutcome> {
  const { strategy, ...changelogs } = cursor;
  const outcome = await backfillHistory(api, {
    epicIds: input.targets.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : [])),
    period: input.period,
    today: input.today,
    timeZone: input.timeZone,
    statusCategoryOf: input.statusCategoryOf,
    cursor: changelogs,
  });
  return outcome.status === 'complete'
    ? { status: 'complete', strategy, days: outcome.days }
    : { status: 'interrupted', reason: outcome.reason, cursor: { strategy, ...outcome.cursor } };
}
