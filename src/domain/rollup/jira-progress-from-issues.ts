import type { JiraSource } from '../model/key-result-source';
import type { ProgressFlag } from '../model/progress-evidence';
import type { IssueFact, ReachedIssues } from './issue-fact';
import { ratio } from './numbers';
import { countByStatus, type ProgressResult } from './progress-result';
import { resolveJiraScope } from './jira-scope';

/**
 * Progress of a Jira KR from the issues its targets reach: done issues / issues in scope (`count`), or done
 * story points / all story points (`points`). An empty scope is progress 0 with the `no-linked-work` flag.
 */
export function computeJiraProgressFromIssues(
  source: Pick<JiraSource, 'measure' | 'includeSubtasks'>,
  reached: readonly ReachedIssues[],
): ProgressResult {
  const { issues, byTarget } = resolveJiraScope(reached, source.includeSubtasks);
  const scope = countByStatus(issues);
  const flags: ProgressFlag[] = [];
  if (scope.issues === 0) flags.push('no-linked-work');
  const base = {
    sourceType: 'jira' as const,
    measure: source.measure,
    scope,
    byTarget,
    emptyScope: scope.issues === 0,
  };

  if (source.measure === 'count') {
    return { progress: ratio(scope.done, scope.issues), evidence: { ...base, flags } };
  }

  const points = sumPoints(issues);
  if (scope.issues > 0 && points.total === 0) flags.push('no-estimates');
  else if (points.unestimated > 0) flags.push('unestimated-issues');
  return { progress: ratio(points.done, points.total), evidence: { ...base, points, flags } };
}

/**
 * Above this an "estimate" is a data error (a timestamp pasted into the field, say), and summing a few of them
 * would overflow to Infinity.
 */
const MAX_ESTIMATE = 1e9;

/** Issues without an estimate weigh 0 points; a negative, absurd or non-numeric value is treated as no estimate. */
export function estimateOf(issue: IssueFact): number | undefined {
  const points = issue.points;
  return typeof points === 'number' && points >= 0 && points <= MAX_ESTIMATE ? points : undefined;
}

function sumPoints(issues: readonly IssueFact[]): { total: number; done: number; unestimated: number } {
  let total = 0;
  let done = 0;
  let unestimated = 0;
  for (const issue of issues) {
    const points = estimateOf(issue);
    if (points === undefined) {
      unestimated += 1;
      continue;
    }
    total += points;
    if (issue.statusCategory === 'done') done += points;
  }
  return { total, done, unestimated };
}
