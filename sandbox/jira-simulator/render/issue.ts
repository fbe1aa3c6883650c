/**
 * An issue as the REST API renders it (OpenAPI IssueBean), restricted to the requested fields. Custom fields appear
 * only on issues of projects whose style carries them (null when empty); `parent` is absent when there is none.
 */
import { pointsFieldFor } from '../catalog/fields';
import { jiraDateTime } from '../format';
import type { IssueRecord, Store } from '../state/store';
import type { FieldSelection } from './field-selection';
import {
  issueTypeJson,
  priorityJson,
  projectRefJson,
  resolutionJson,
  statusJson,
  userJson,
  versionJson,
  type Site,
} from './entities';

const EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

export function issueSelf(site: Site, id: string): string {
  return `${site.url}/rest/api/3/issue/${id}`;
}

function userOrNull(store: Store, site: Site, accountId: string | null): Record<string, unknown> | null {
  const u = accountId === null ? undefined : store.users.get(accountId);
  return u ? userJson(site, u) : null;
}

/** The small form of an issue Jira nests in `parent` and `subtasks`. */
function issueLink(store: Store, site: Site, rec: IssueRecord): Record<string, unknown> {
  return {
    id: rec.id,
    key: rec.key,
    self: issueSelf(site, rec.id),
    fields: {
      summary: rec.summary,
      status: statusJson(site, store.status(rec.statusId)),
      priority: priorityJson(site),
      issuetype: issueTypeJson(site, store.issueType(rec.issueTypeId)),
    },
  };
}

function fieldValues(store: Store, site: Site, rec: IssueRecord): Record<string, () => unknown> {
  const project = store.projects.get(rec.projectId);
  if (!project) throw new Error(`issue ${rec.key} has no project`);
  const values: Record<string, () => unknown> = {
    summary: () => rec.summary,
    issuetype: () => issueTypeJson(site, store.issueType(rec.issueTypeId)),
    status: () => statusJson(site, store.status(rec.statusId)),
    statuscategorychangedate: () => jiraDateTime(rec.statusCategoryChanged),
    project: () => projectRefJson(site, project),
    fixVersions: () =>
      rec.fixVersionIds.flatMap((id) => {
        const v = store.versions.get(id);
        return v ? [versionJson(site, v, false)] : [];
      }),
    labels: () => [...rec.labels],
    created: () => jiraDateTime(rec.created),
    updated: () => jiraDateTime(rec.updated),
    resolutiondate: () => (rec.resolutiondate ? jiraDateTime(rec.resolutiondate) : null),
    resolution: () => (rec.resolutiondate ? resolutionJson(site) : null),
    assignee: () => userOrNull(store, site, rec.assigneeId),
    reporter: () => userOrNull(store, site, rec.reporterId),
    creator: () => userOrNull(store, site, rec.creatorId),
    priority: () => priorityJson(site),
    subtasks: () =>
      store
        .childrenOf(rec.id)
        .filter((c) => store.issueType(c.issueTypeId).hierarchyLevel < 0)
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map((c) => issueLink(store, site, c)),
    [pointsFieldFor(project.style).id]: () => rec.points,
  };
  const parent = rec.parentId === null ? undefined : store.issues.get(rec.parentId);
  if (parent) values.parent = () => issueLink(store, site, parent);
  return values;
}

export function renderIssue(store: Store, site: Site, rec: IssueRecord, sel: FieldSelection): Record<string, unknown> {
  if (!sel.withKey) return { id: rec.id };
  const out: Record<string, unknown> = { expand: EXPAND, id: rec.id, self: issueSelf(site, rec.id), key: rec.key };
  if (!sel.withFields) return out;
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(fieldValues(store, site, rec))) if (sel.includes(id)) fields[id] = value();
  out.fields = fields;
  return out;
}
