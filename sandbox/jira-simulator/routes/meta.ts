/**
 * Site metadata: the field catalog (`GET /field`, how apps discover the story-points fields), statuses and status
 * categories, the calling user (`/myself`) and their permissions (`/mypermissions`).
 */
import { FIELDS } from '../catalog/fields';
import { STATUS_CATEGORIES } from '../catalog/status-categories';
import { jiraError, json } from '../http/json';
import { avatarUrls, statusCategoryJson, statusJson } from '../render/entities';
import type { Route, RouteContext, RouteResult } from './context';

function fields(): RouteResult {
  const body = FIELDS.map((f) => {
    const json: Record<string, unknown> = {
      id: f.id,
      key: f.id,
      name: f.name,
      custom: f.custom,
      orderable: f.orderable,
      navigable: f.navigable,
      searchable: f.searchable,
      clauseNames: f.clauseNames,
      schema: f.schema,
    };
    if (f.custom) json.untranslatedName = f.name;
    return json;
  });
  return { response: json(200, body) };
}

function statusCategories(ctx: RouteContext): RouteResult {
  return {
    response: json(
      200,
      STATUS_CATEGORIES.map((c) => statusCategoryJson(ctx.site, c)),
    ),
  };
}

/**
 * Every status of the site (StatusDetails): the global ones company-managed projects share, then each team-managed
 * project's own, which carry `scope: {type: 'PROJECT', project: {id}}` as in Jira Cloud. Jira requires Browse
 * projects for a project's statuses, so a team-managed project the caller cannot browse lends none.
 */
function statuses(ctx: RouteContext): RouteResult {
  const body = ctx.store.statuses
    .filter((s) => s.projectId === null || ctx.canBrowse(s.projectId))
    .map((s) => {
      const json = statusJson(ctx.site, s);
      if (s.projectId !== null) json.scope = { type: 'PROJECT', project: { id: s.projectId } };
      return json;
    });
  return { response: json(200, body) };
}

function myself(ctx: RouteContext): RouteResult {
  const u = ctx.store.users.get(ctx.caller.accountId);
  if (!u) return { response: jiraError(401, ['Client must be authenticated to access this resource.']) };
  const body: Record<string, unknown> = {
    self: `${ctx.site.url}/rest/api/3/user?accountId=${encodeURIComponent(u.accountId)}`,
    accountId: u.accountId,
    accountType: u.accountType,
    avatarUrls: avatarUrls(ctx.site, 'user', u.accountId),
    displayName: u.displayName,
    active: true,
    timeZone: 'Etc/UTC',
    locale: 'en_US',
    groups: { size: 0, items: [] },
    applicationRoles: { size: 0, items: [] },
    expand: 'groups,applicationRoles',
  };
  if (u.email) body.emailAddress = u.email;
  return { response: json(200, body) };
}

const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT'; description: string }> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
  },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  TRANSITION_ISSUES: {
    id: '46',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
  },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
  },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.',
  },
};

function myPermissions(ctx: RouteContext): RouteResult {
  const requested = (ctx.query.get('permissions') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (requested.length === 0) return { response: jiraError(400, ['The permissions query parameter is required.']) };
  const unknown = requested.find((p) => !PERMISSIONS[p]);
  if (unknown) return { response: jiraError(400, [`Unrecognized permission key(s): ${unknown}`]) };
  const projectKey = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  let projectIds: string[] | undefined;
  if (projectKey !== null) {
    const p = ctx.store.project(projectKey);
    if (!p || !ctx.canBrowse(p.id))
      return { response: jiraError(404, [`No project could be found with key '${projectKey}'.`]) };
    projectIds = [p.id];
  } else if (issueRef !== null) {
    const rec = ctx.store.issue(issueRef);
    if (!rec || !ctx.canBrowse(rec.projectId))
      return { response: jiraError(404, ['Issue does not exist or you do not have permission to see it.']) };
    projectIds = [rec.projectId];
  }
  const user = ctx.caller.kind === 'user' ? ctx.caller.user : undefined;
  const anyProject = [...ctx.store.projects.keys()].some((id) => ctx.canBrowse(id));
  const permissions: Record<string, unknown> = {};
  for (const key of requested) {
    const def = PERMISSIONS[key];
    if (!def) continue;
    // The simulator grants project permissions with browsing; ADMINISTER only to admins (the app has none).
    const have =
      def.type === 'GLOBAL'
        ? (user?.admin ?? false)
        : projectIds
          ? projectIds.every((id) => ctx.canBrowse(id))
          : anyProject;
    permissions[key] = {
      id: def.id,
      key,
      name: def.name,
      type: def.type,
      description: def.description,
      havePermission: have,
    };
  }
  return { response: json(200, { permissions }) };
}

export const metaRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/field', handler: fields },
  { method: 'GET', template: '/rest/api/3/status', handler: statuses },
  { method: 'GET', template: '/rest/api/3/statuscategory', handler: statusCategories },
  { method: 'GET', template: '/rest/api/3/myself', handler: myself },
  { method: 'GET', template: '/rest/api/3/mypermissions', handler: myPermissions },
];
