/**
 * Workflow transitions: one global transition into each status (ids 11/21/31/41), offered from every other
 * status. `POST` applies one by id and answers 204; an unknown id is a 400 as in Jira.
 */
import { WORKFLOW } from '../catalog/workflow';
import { ISSUE_NOT_FOUND, jiraError, json } from '../http/json';
import { statusJson } from '../render/entities';
import { JiraInputError } from '../state/mutations';
import type { Store } from '../state/store';
import type { StatusName } from '../types';
import type { Route, RouteContext, RouteResult } from './context';
import { visibleIssue } from './visibility';

export function transitionById(store: Store, projectId: string, id: string): { name: StatusName } | undefined {
  const t = WORKFLOW.find((w) => w.transitionId === id);
  return t && store.statusesOf(projectId).some((s) => s.name === t.name) ? { name: t.name } : undefined;
}

function getTransitions(ctx: RouteContext): RouteResult {
  const rec = visibleIssue(ctx);
  if (!rec) return { response: jiraError(404, [ISSUE_NOT_FOUND]) };
  const current = ctx.store.status(rec.statusId);
  const transitions = WORKFLOW.filter((w) => w.name !== current.name).map((w) => ({
    id: w.transitionId,
    name: w.name,
    to: statusJson(ctx.site, ctx.store.statusFor(rec.projectId, w.name)),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
  }));
  return { response: json(200, { expand: 'transitions', transitions }) };
}

function doTransition(ctx: RouteContext): RouteResult {
  const rec = visibleIssue(ctx);
  if (!rec) return { response: jiraError(404, [ISSUE_NOT_FOUND]) };
  const body = ctx.body as { transition?: { id?: unknown } } | undefined;
  const id = body?.transition?.id;
  if (id === undefined) throw new JiraInputError({}, ["Missing 'transition' identifier"]);
  const target = transitionById(ctx.store, rec.projectId, String(id));
  if (!target) throw new JiraInputError({}, [`Transition id '${String(id)}' is not valid for this issue.`]);
  ctx.mutations.transition(rec, target.name, { actorId: ctx.caller.accountId, at: ctx.now });
  return { response: { status: 204, headers: {}, body: '' } };
}

export const transitionRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: getTransitions },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: doTransition },
];
