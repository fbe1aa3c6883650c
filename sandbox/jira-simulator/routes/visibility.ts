/** The `{issueIdOrKey}` of a route as the caller may see it: unpermitted is the same as missing, as in Jira. */
import type { IssueRecord } from '../state/store';
import type { RouteContext } from './context';

export function visibleIssue(ctx: RouteContext): IssueRecord | undefined {
  const rec = ctx.store.issue(ctx.params.issueIdOrKey ?? '');
  return rec && ctx.canBrowse(rec.projectId) ? rec : undefined;
}
