import { isApiError } from 'jira.js/core';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { issueRouteCacheKey, type IssueRoute } from '../../store';
import { jiraUnavailable, notFound, type Outcome } from '../objectives/failure';
import { isJiraUnavailable } from '../../jira';

const ROUTE_FIELDS = ['parent', 'project', 'fixVersions', 'issuetype'];

/**
 * An issue's parent, project and fix versions, which decide the KRs it feeds. Cold: ONE call as the viewer, which also
 * proves they may browse the issue (Jira answers 404 otherwise). Warm: from a per-viewer cache, no Jira call at all.
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
  let issue;
  try {
    issue = await services.jiraAsUser(accountId).api.getIssue({ issueIdOrKey: issueId, fields: ROUTE_FIELDS });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return notFound('Issue', issueId);
    if (isJiraUnavailable(error)) return jiraUnavailable(error);
    throw error;
  }
  const fields = (issue.fields ?? {}) as {
    parent?: { id?: string } | null;
    project?: { id?: string } | null;
    fixVersions?: { id?: string }[] | null;
    issuetype?: { hierarchyLevel?: number; subtask?: boolean } | null;
  };
  const route: IssueRoute = {
    issueId: issue.id ?? issueId,
    key: issue.key ?? '',
    hierarchyLevel: fields.issuetype?.hierarchyLevel ?? (fields.issuetype?.subtask ? -1 : 0),
    ...(fields.parent?.id ? { parentId: fields.parent.id } : {}),
    projectId: fields.project?.id ?? '',
    versionIds: (fields.fixVersions ?? []).flatMap((v) => (v.id ? [v.id] : [])),
  };
  await cache.set(cacheKey, route, services.clock.now());
  return ok(route);
}
