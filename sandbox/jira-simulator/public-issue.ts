/** The read-only snapshot seeding code and tests see (`sim.issue(key)`), in simulator terms rather than JSON. */
import type { IssueRecord, Store } from './state/store';
import type { Issue } from './types';

export function toPublicIssue(store: Store, rec: IssueRecord): Issue {
  const project = store.projects.get(rec.projectId);
  const type = store.issueType(rec.issueTypeId);
  const status = store.status(rec.statusId);
  const parent = rec.parentId === null ? undefined : store.issues.get(rec.parentId);
  return Object.freeze({
    id: rec.id,
    key: rec.key,
    projectId: rec.projectId,
    projectKey: project?.key ?? '',
    type: type.canonical,
    hierarchyLevel: type.hierarchyLevel,
    summary: rec.summary,
    status: status.name,
    statusCategory: status.category,
    parentId: rec.parentId,
    parentKey: parent?.key ?? null,
    points: rec.points,
    fixVersionIds: [...rec.fixVersionIds],
    fixVersions: rec.fixVersionIds.map((id) => store.versions.get(id)?.name ?? id),
    labels: [...rec.labels],
    created: new Date(rec.created),
    updated: new Date(rec.updated),
    resolutiondate: rec.resolutiondate && new Date(rec.resolutiondate),
    assignee: rec.assigneeId,
    reporter: rec.reporterId,
    creator: rec.creatorId,
  });
}
