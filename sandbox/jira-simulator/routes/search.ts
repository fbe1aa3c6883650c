/**
 * Enhanced JQL search (`/search/jql`, GET and POST) and `approximate-count`. Search pages with opaque tokens, has
 * no `total`, defaults to ids only, and caps pages at 5000 when only id/key are asked for, else 100. Both refuse
 * unbounded JQL. The count reads the lagged index state when realism asks for it.
 */
import { jiraError, json } from '../http/json';
import { UNBOUNDED_MESSAGE } from '../jql/errors';
import { compileQuery, type CompiledQuery } from '../jql/evaluator';
import { parseJql } from '../jql/parser';
import { parseFieldSelection } from '../render/field-selection';
import { renderIssue } from '../render/issue';
import type { IssueRecord } from '../state/store';
import { objectBody, stringArray } from './body';
import type { Route, RouteContext, RouteResult } from './context';
import { decodeToken, encodeToken, INVALID_TOKEN } from './paging';

interface SearchParams {
  jql: string;
  maxResults: number;
  fields: string[] | undefined;
  nextPageToken: string | undefined;
}

/** Parses and compiles, or answers the 400 Jira would. JqlError messages pass through. */
export function compileJql(ctx: RouteContext, jql: string): CompiledQuery | RouteResult {
  const compiled = compileQuery(parseJql(jql), {
    store: ctx.store,
    visible: (p) => ctx.canBrowse(p),
    now: ctx.now,
  });
  if (!compiled.bounded) return { response: jiraError(400, [UNBOUNDED_MESSAGE]) };
  return compiled;
}

function search(ctx: RouteContext, p: SearchParams): RouteResult {
  const compiled = compileJql(ctx, p.jql);
  if ('response' in compiled) return compiled;
  if (!Number.isInteger(p.maxResults) || p.maxResults < 1) {
    return { response: jiraError(400, [`The value '${p.maxResults}' is not valid for maxResults.`]) };
  }
  let offset = 0;
  if (p.nextPageToken !== undefined && p.nextPageToken !== '') {
    const decoded = decodeToken(p.nextPageToken, p.jql);
    if (decoded === undefined) return { response: jiraError(400, [INVALID_TOKEN]) };
    offset = decoded;
  }
  const selection = parseFieldSelection(p.fields, ['id']);
  const pageSize = Math.min(p.maxResults, selection.onlyIdOrKey ? 5000 : 100);
  const matching: IssueRecord[] = [...ctx.store.issues.values()]
    .filter((r) => ctx.canBrowse(r.projectId) && compiled.matches(r))
    .sort(compiled.compare);
  const page = matching.slice(offset, offset + pageSize);
  const isLast = offset + page.length >= matching.length;
  const body: Record<string, unknown> = { issues: page.map((r) => renderIssue(ctx.store, ctx.site, r, selection)) };
  if (!isLast) body.nextPageToken = encodeToken(offset + page.length, p.jql);
  body.isLast = isLast;
  return { response: json(200, body), issues: page.length };
}

function searchGet(ctx: RouteContext): RouteResult {
  const max = ctx.query.get('maxResults');
  return search(ctx, {
    jql: ctx.query.get('jql') ?? '',
    maxResults: max === null ? 50 : Number(max),
    fields: ctx.query.getAll('fields'),
    nextPageToken: ctx.query.get('nextPageToken') ?? undefined,
  });
}

const SEARCH_BODY = [
  'jql',
  'maxResults',
  'fields',
  'nextPageToken',
  'expand',
  'properties',
  'fieldsByKeys',
  'reconcileIssues',
];

function searchPost(ctx: RouteContext): RouteResult {
  const checked = objectBody(ctx.body, SEARCH_BODY);
  if (!checked.ok) return { response: checked.response };
  const b = checked.body;
  if ((b.jql !== undefined && typeof b.jql !== 'string') || (b.fields !== undefined && !stringArray(b.fields))) {
    return {
      response: jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']),
    };
  }
  return search(ctx, {
    jql: (b.jql as string | undefined) ?? '',
    maxResults: b.maxResults === undefined ? 50 : Number(b.maxResults),
    fields: stringArray(b.fields),
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : undefined,
  });
}

function approximateCount(ctx: RouteContext): RouteResult {
  const checked = objectBody(ctx.body, ['jql']);
  if (!checked.ok) return { response: checked.response };
  const jql = typeof checked.body.jql === 'string' ? checked.body.jql : '';
  const compiled = compileJql(ctx, jql);
  if ('response' in compiled) return compiled;
  const lag = ctx.realism.approximateCountLagMs;
  const population = lag > 0 ? ctx.timeline.asOf(new Date(ctx.now.getTime() - lag)) : [...ctx.store.issues.values()];
  const count = population.filter((r) => ctx.canBrowse(r.projectId) && compiled.matches(r)).length;
  return { response: json(200, { count }) };
}

export const searchRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/search/jql', handler: searchGet },
  { method: 'POST', template: '/rest/api/3/search/jql', handler: searchPost },
  { method: 'POST', template: '/rest/api/3/search/approximate-count', handler: approximateCount },
];
