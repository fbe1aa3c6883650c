/**
 * Projects the caller may browse: `GET /project/search` (paged by startAt/maxResults ≤ 100, with total, ordered
 * by key), `GET /project/{idOrKey}/versions` (and `/version`, paginated) and `GET /version/{id}` (404 with Jira's
 * message when missing or not browsable).
 */
import { jiraError, json } from '../http/json';
import { projectJson, versionJson } from '../render/entities';
import type { Route, RouteContext, RouteResult } from './context';

function searchProjects(ctx: RouteContext): RouteResult {
  const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? 0) || 0);
  const requested = Number(ctx.query.get('maxResults') ?? 50) || 50;
  const maxResults = Math.min(Math.max(1, requested), 100);
  const ids = ctx.query.getAll('id');
  const keys = ctx.query.getAll('keys').map((k) => k.toUpperCase());
  const q = ctx.query.get('query')?.toLowerCase();
  const all = [...ctx.store.projects.values()]
    .filter((p) => ctx.canBrowse(p.id))
    .filter((p) => ids.length === 0 || ids.includes(p.id))
    .filter((p) => keys.length === 0 || keys.includes(p.key))
    .filter((p) => !q || p.key.toLowerCase().includes(q) || p.name.toLowerCase().includes(q))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const self = `${ctx.site.url}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`;
  const body: Record<string, unknown> = {
    self,
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: values.map((p) => projectJson(ctx.site, p)),
  };
  if (!isLast)
    body.nextPage = `${ctx.site.url}/rest/api/3/project/search?startAt=${startAt + values.length}&maxResults=${maxResults}`;
  return { response: json(200, body) };
}

function projectVersions(ctx: RouteContext): RouteResult {
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = ctx.store.project(ref);
  if (!project || !ctx.canBrowse(project.id)) {
    return { response: jiraError(404, [`No project could be found with key '${ref}'.`]) };
  }
  return {
    response: json(
      200,
      ctx.store.versionsOf(project.id).map((v) => versionJson(ctx.site, v, true)),
    ),
  };
}

/** `GET /project/{idOrKey}/version`: the paginated form (PageBeanVersion), ordered by id; maxResults ≤ 100 (?). */
function projectVersionsPaginated(ctx: RouteContext): RouteResult {
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = ctx.store.project(ref);
  if (!project || !ctx.canBrowse(project.id)) {
    return { response: jiraError(404, [`No project could be found with key '${ref}'.`]) };
  }
  const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(Math.max(1, Number(ctx.query.get('maxResults') ?? 50) || 50), 100);
  const all = ctx.store.versionsOf(project.id).sort((a, b) => Number(a.id) - Number(b.id));
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const base = `${ctx.site.url}/rest/api/3/project/${project.id}/version`;
  const body: Record<string, unknown> = {
    self: `${base}?startAt=${startAt}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: values.map((v) => versionJson(ctx.site, v, true)),
  };
  if (!isLast) body.nextPage = `${base}?startAt=${startAt + values.length}&maxResults=${maxResults}`;
  return { response: json(200, body) };
}

/** `GET /version/{id}`: 404 when missing or in a project the caller may not browse, as Jira answers. */
function getVersion(ctx: RouteContext): RouteResult {
  const id = ctx.params.id ?? '';
  const version = ctx.store.versions.get(id);
  if (!version || !ctx.canBrowse(version.projectId)) {
    return { response: jiraError(404, [`Could not find version for id '${id}'`]) };
  }
  return { response: json(200, versionJson(ctx.site, version, true)) };
}

export const projectRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/version/{id}', handler: getVersion },
  { method: 'GET', template: '/rest/api/3/project/search', handler: searchProjects },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/versions', handler: projectVersions },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/version', handler: projectVersionsPaginated },
];
