/**
 * Single-issue routes: create (`POST /issue`), read (`GET /issue/{idOrKey}`, all fields by default) and edit
 * (`PUT`, 204). An issue the caller cannot browse answers 404 exactly like a missing one.
 */
import { issueTypeTemplate } from '../catalog/issue-types';
import { ISSUE_NOT_FOUND, jiraError, json } from '../http/json';
import { parseFieldSelection } from '../render/field-selection';
import { issueSelf, renderIssue } from '../render/issue';
import { JiraInputError } from '../state/mutations';
import type { IssueSeed } from '../types';
import type { Route, RouteContext, RouteResult } from './context';
import { applyUpdateOps, parseFields, refAccount, refOf } from './issue-input';
import { transitionById } from './transitions';
import { visibleIssue } from './visibility';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const notFound = (): RouteResult => ({ response: jiraError(404, [ISSUE_NOT_FOUND]) });

function getIssue(ctx: RouteContext): RouteResult {
  const rec = visibleIssue(ctx);
  if (!rec) return notFound();
  const selection = parseFieldSelection(ctx.query.getAll('fields'), ['*all']);
  return {
    response: json(200, renderIssue(ctx.store, ctx.site, rec, { ...selection, withKey: true, withFields: true })),
    issues: 1,
  };
}

function createIssue(ctx: RouteContext): RouteResult {
  if (!isObject(ctx.body) || !isObject(ctx.body.fields)) {
    return { response: jiraError(400, [], { fields: 'Field values are required.' }) };
  }
  const fields = ctx.body.fields;
  const projectRef = fields.project === undefined ? null : refOf(fields.project, 'project');
  const project = projectRef === null ? undefined : ctx.store.project(projectRef);
  if (!project || !ctx.canBrowse(project.id))
    throw new JiraInputError({ project: 'Specify a valid project ID or key' });
  const typeRef = fields.issuetype === undefined ? null : refOf(fields.issuetype, 'issuetype');
  const type =
    ctx.store.issueTypesOf(project.id).find((t) => t.id === typeRef) ??
    (typeRef ? issueTypeTemplate(typeRef) : undefined);
  if (!type) throw new JiraInputError({ issuetype: 'Specify an issue type' });
  const parsed = parseFields(fields, project, ['project', 'issuetype', 'reporter']);
  const seed: IssueSeed = {
    project: project.id,
    type: 'canonical' in type ? type.canonical : type.name,
    summary: parsed.update.summary ?? '',
    labels: parsed.update.labels,
    fixVersions: parsed.update.fixVersions,
    reporter: fields.reporter === undefined ? ctx.caller.accountId : refAccount(fields.reporter, 'reporter'),
  };
  if (parsed.update.points !== undefined && parsed.update.points !== null) seed.points = parsed.update.points;
  if (parsed.update.assignee) seed.assignee = parsed.update.assignee;
  if (parsed.parent) {
    const parent = ctx.store.issue(parsed.parent);
    if (!parent || !ctx.canBrowse(parent.projectId))
      throw new JiraInputError({ parent: `Issue '${parsed.parent}' could not be found.` });
    seed.parent = parent.id;
  }
  const transition = isObject(ctx.body.transition) ? ctx.body.transition : undefined;
  const target = transition ? transitionById(ctx.store, project.id, String(transition.id ?? '')) : undefined;
  if (transition && !target)
    throw new JiraInputError({}, [`Transition id '${String(transition.id)}' is not valid for this issue.`]);
  const rec = ctx.mutations.createIssue(seed, { actorId: ctx.caller.accountId, at: ctx.now });
  if (target) ctx.mutations.transition(rec, target.name, { actorId: ctx.caller.accountId, at: ctx.now });
  return { response: json(201, { id: rec.id, key: rec.key, self: issueSelf(ctx.site, rec.id) }) };
}

function editIssue(ctx: RouteContext): RouteResult {
  const rec = visibleIssue(ctx);
  if (!rec) return notFound();
  if (!isObject(ctx.body))
    return {
      response: jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']),
    };
  const project = ctx.store.projects.get(rec.projectId);
  if (!project) throw new Error('issue without project');
  const fields = isObject(ctx.body.fields) ? ctx.body.fields : {};
  const parsed = parseFields(fields, project);
  if (isObject(ctx.body.update)) {
    const both = Object.keys(ctx.body.update).find((k) => k in fields);
    if (both) throw new JiraInputError({ [both]: `Field '${both}' cannot be set in both 'fields' and 'update'.` });
    applyUpdateOps(ctx.store, rec, ctx.body.update, parsed);
  }
  const opts = { actorId: ctx.caller.accountId, at: ctx.now };
  if (parsed.parent !== undefined) {
    const parent = parsed.parent === null ? null : ctx.store.issue(parsed.parent);
    if (parent === undefined || (parent && !ctx.canBrowse(parent.projectId))) {
      throw new JiraInputError({ parent: `Issue '${parsed.parent}' could not be found.` });
    }
    ctx.mutations.setParent(rec, parent, opts);
  }
  ctx.mutations.updateFields(rec, parsed.update, opts);
  if (ctx.query.get('returnIssue') === 'true') {
    const selection = parseFieldSelection([], ['*all']);
    return { response: json(200, renderIssue(ctx.store, ctx.site, rec, selection)) };
  }
  return { response: { status: 204, headers: {}, body: '' } };
}

export const issueRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/issue', handler: createIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handler: editIssue },
];
