import { isApiError } from 'jira.js/core';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { issueRouteCacheKey, type IssueRoute } from '../../store';
import { jiraUnavailable, notFound, type Outcome } from '../objectives/failure';
import { isJiraUnavailable } from '../../jira';

const ROUTE_FIELDS = ['parent', 'project', 'fixVersions', 'issuetype'];

/**
 * An issue's parent, project and fix versions, which decide the KRs it feeds. Cold: ONE call as the viewer, which also
 * proves they may browse the issue (Jira answers 404 otherwise), and for a sub-task one more for its parent's parent
 * (the epic it feeds through). Warm: from a per-viewer cache, no Jira call at all.
 */
export async function resolveIssueRoute(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser'>,
  accountId: string,
  issueId: string,
): Promise<Outcome<IssueRoute>> {
  const cache = services.repos.caches.issueRoutes;
  const cacheKey = issueRouteCacheKey(issueId, accountId);
  const cached = await cache.get(cacheKey, services.clock.now());
  if (cached) return ok(cached);
  const api = services.jiraAsUser(accountId).api;
  let issue;
  let fields: RouteFields;
  let epicId: string | undefined;
  try {
    issue = await api.getIssue({ issueIdOrKey: issueId, fields: ROUTE_FIELDS });
    fields = routeFields(issue.fields);
    if (levelOf(fields) < 0 && fields.parent?.id) epicId = await parentOf(api, fields.parent.id);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return notFound('Issue', issueId);
    if (isJiraUnavailable(error)) return jiraUnavailable(error);
    throw error;
  }
  const route: IssueRoute = {
    issueId: issue.id ?? issueId,
    key: issue.key ?? '',
    hierarchyLevel: levelOf(fields),
    ...(fields.parent?.id ? { parentId: fields.parent.id } : {}),
    ...(epicId ? { epicId } : {}),
    projectId: fields.project?.id ?? '',
    versionIds: (fields.fixVersions ?? []).flatMap((v) => (v.id ? [v.id] : [])),
  };
  await cache.set(cacheKey, route, services.clock.now());
  return ok(route);
}

interface RouteFields {
  parent?: { id?: string } | null;
  project?: { id?: string } | null;
  fixVersions?: { id?: string }[] | null;
  issuetype?: { hierarchyLevel?: number; subtask?: boolean } | null;
}

const routeFields = (fields: unknown): RouteFields => (fields ?? {}) as RouteFields;
const levelOf = (fields: RouteFields): number =>
  fields.issuetype?.hierarchyLevel ?? (fields.issuetype?.subtask ? -1 : 0);

/** A sub-task's parent's own parent, as the viewer; a parent they may not browse leads to no epic, not an error. */
async function parentOf(api: ReturnType<Services['jiraAsUser']>['api'], issueId: string): Promise<string | undefined> {
  try {
    const parent = await api.getIssue({ issueIdOrKey: issueId, fields: ['parent'] });
    return routeFields(parent.fields).parent?.id;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}
