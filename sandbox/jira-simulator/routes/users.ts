/**
 * `GET /user/bulk`: users by account id (repeated `accountId`), as a PageBeanUser. Unknown ids are left out, as Jira
 * does. Paged by startAt/maxResults (default 10; the cap of 100 is unconfirmed).
 */
import { jiraError, json } from '../http/json';
import { userJson } from '../render/entities';
import type { Route, RouteContext, RouteResult } from './context';

const MAX_RESULTS_CAP = 100;

function bulkUsers(ctx: RouteContext): RouteResult {
  const ids = ctx.query.getAll('accountId');
  if (ids.length === 0) return { response: jiraError(400, ['The accountId query parameter needs to be provided.']) };
  const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(Math.max(1, Number(ctx.query.get('maxResults') ?? 10) || 10), MAX_RESULTS_CAP);
  const known = [...new Set(ids)].flatMap((id) => {
    const user = ctx.store.users.get(id);
    return user ? [user] : [];
  });
  const values = known.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= known.length;
  const self = `${ctx.site.url}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${maxResults}`;
  const body: Record<string, unknown> = {
    self,
    maxResults,
    startAt,
    total: known.length,
    isLast,
    values: values.map((u) => userJson(ctx.site, u)),
  };
  if (!isLast)
    body.nextPage = `${ctx.site.url}/rest/api/3/user/bulk?startAt=${startAt + values.length}&maxResults=${maxResults}`;
  return { response: json(200, body) };
}

/**
 * `GET /user/search?query=`: active human users whose display name starts with the query or whose email address is
 * the query (case-insensitive), as a plain array; Jira matches emails even where privacy settings hide them in the
 * answer, and so does this (the simulator never shows emails). A missing query is a 400, as Jira answers.
 */
function searchUsers(ctx: RouteContext): RouteResult {
  const query = (ctx.query.get('query') ?? '').trim().toLowerCase();
  if (query === '') {
    return { response: jiraError(400, ['One of the query parameters query, accountId or property is required.']) };
  }
  const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(Math.max(1, Number(ctx.query.get('maxResults') ?? 50) || 50), 1000);
  const found = [...ctx.store.users.values()].filter(
    (u) =>
      u.accountType === 'atlassian' &&
      (u.email.toLowerCase() === query || u.displayName.toLowerCase().startsWith(query)),
  );
  return {
    response: json(
      200,
      found.slice(startAt, startAt + maxResults).map((u) => userJson(ctx.site, u)),
    ),
  };
}

export const userRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/user/bulk', handler: bulkUsers },
  { method: 'GET', template: '/rest/api/3/user/search', handler: searchUsers },
];
