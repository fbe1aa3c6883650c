/**
 * `POST /changelog/bulkfetch`: change histories of up to 1000 issues, optionally only those touching up to 10
 * fields, oldest first (then by issue id), paged by history with an opaque token. A filter matches an item's
 * fieldId, or its field name for items Jira logs without a fieldId (IssueParentAssociation).
 */
import { jiraDateTime } from '../format';
import { jiraError, json } from '../http/json';
import { userJson } from '../render/entities';
import type { ChangeHistory } from '../state/store';
import { objectBody, stringArray } from './body';
import type { Route, RouteContext, RouteResult } from './context';
import { decodeToken, encodeToken, INVALID_TOKEN } from './paging';

function bulkChangelogs(ctx: RouteContext): RouteResult {
  const checked = objectBody(ctx.body, ['issueIdsOrKeys', 'fieldIds', 'maxResults', 'nextPageToken']);
  if (!checked.ok) return { response: checked.response };
  const b = checked.body;
  const ids = stringArray(b.issueIdsOrKeys);
  if (!ids || ids.length === 0) return { response: jiraError(400, ['issueIdsOrKeys must contain at least 1 item.']) };
  if (ids.length > 1000) return { response: jiraError(400, ['issueIdsOrKeys must contain at most 1000 items.']) };
  const fieldIds = b.fieldIds === undefined ? [] : stringArray(b.fieldIds);
  if (!fieldIds) return { response: jiraError(400, ['fieldIds must be a list of field ids.']) };
  if (fieldIds.length > 10) return { response: jiraError(400, ['fieldIds must contain at most 10 items.']) };
  const maxResults = b.maxResults === undefined ? 1000 : Number(b.maxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 10000) {
    return { response: jiraError(400, ['maxResults must be between 1 and 10000.']) };
  }
  const fingerprint = JSON.stringify([ids, fieldIds]);
  let offset = 0;
  if (typeof b.nextPageToken === 'string' && b.nextPageToken !== '') {
    const decoded = decodeToken(b.nextPageToken, fingerprint);
    if (decoded === undefined) return { response: jiraError(400, [INVALID_TOKEN]) };
    offset = decoded;
  }
  const issueIds = new Set<string>();
  for (const idOrKey of ids) {
    const rec = ctx.store.issue(idOrKey.trim());
    if (rec && ctx.canBrowse(rec.projectId)) issueIds.add(rec.id);
  }
  const wanted = (h: ChangeHistory) =>
    fieldIds.length === 0 ? h.items : h.items.filter((i) => fieldIds.includes(i.fieldId ?? i.field));
  const histories = [...issueIds]
    .flatMap((id) => ctx.store.histories.get(id) ?? [])
    .map((h) => ({ h, items: wanted(h) }))
    .filter((x) => x.items.length > 0)
    .sort(
      (a, b) =>
        a.h.created.getTime() - b.h.created.getTime() ||
        Number(a.h.issueId) - Number(b.h.issueId) ||
        Number(a.h.id) - Number(b.h.id),
    );
  const page = histories.slice(offset, offset + maxResults);
  const byIssue = new Map<string, unknown[]>();
  for (const { h, items } of page) {
    const author = h.authorId === null ? undefined : ctx.store.users.get(h.authorId);
    const entry: Record<string, unknown> = { id: h.id, created: jiraDateTime(h.created), items };
    if (author) entry.author = userJson(ctx.site, author);
    const list = byIssue.get(h.issueId) ?? [];
    list.push(entry);
    byIssue.set(h.issueId, list);
  }
  const body: Record<string, unknown> = {
    issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
  };
  if (offset + page.length < histories.length) body.nextPageToken = encodeToken(offset + page.length, fingerprint);
  return { response: json(200, body), issues: byIssue.size };
}

export const changelogRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/changelog/bulkfetch', handler: bulkChangelogs },
];
