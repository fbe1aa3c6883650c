/**
 * `POST /issue/bulkfetch`: up to 100 ids or keys (mixed, keys case-insensitive), navigable fields by default,
 * issues in ascending id order; missing or unpermitted issues are silently left out (not in issueErrors).
 */
import { jiraError, json } from '../http/json';
import { parseFieldSelection } from '../render/field-selection';
import { renderIssue } from '../render/issue';
import type { IssueRecord } from '../state/store';
import { objectBody, stringArray } from './body';
import type { Route, RouteContext, RouteResult } from './context';

function bulkFetch(ctx: RouteContext): RouteResult {
  const checked = objectBody(ctx.body, ['issueIdsOrKeys', 'fields', 'expand', 'fieldsByKeys', 'properties']);
  if (!checked.ok) return { response: checked.response };
  const ids = stringArray(checked.body.issueIdsOrKeys);
  if (!ids || ids.length === 0) return { response: jiraError(400, ['Issue IDs or keys must be provided.']) };
  if (ids.length > 100)
    return { response: jiraError(400, ['The number of issue IDs or keys requested must be at most 100.']) };
  const found = new Map<string, IssueRecord>();
  for (const idOrKey of ids) {
    const rec = ctx.store.issue(idOrKey.trim());
    if (rec && ctx.canBrowse(rec.projectId)) found.set(rec.id, rec);
  }
  const selection = parseFieldSelection(stringArray(checked.body.fields), ['*navigable']);
  const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  return {
    response: json(200, {
      issues: issues.map((r) => renderIssue(ctx.store, ctx.site, r, { ...selection, withKey: true, withFields: true })),
      issueErrors: [],
    }),
    issues: issues.length,
  };
}

export const bulkIssueRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/issue/bulkfetch', handler: bulkFetch },
];
