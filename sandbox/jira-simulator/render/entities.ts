/**
 * JSON shapes of the entities embedded in issues and listed by the REST API, as Jira Cloud renders them
 * (OpenAPI: UserDetails, StatusDetails, IssueTypeDetails, Project, Version, StatusCategory). `self` links are
 * absolute URLs on the simulated site because jira.js validates them as URLs.
 */
import { statusCategoryByKey, type StatusCategoryDef } from '../catalog/status-categories';
import { DONE_RESOLUTION, MEDIUM_PRIORITY, type StatusDef } from '../catalog/workflow';
import type { IssueTypeDef } from '../catalog/issue-types';
import type { ProjectRecord, UserRecord, VersionRecord } from '../state/store';

export interface Site {
  url: string;
}

export function avatarUrls(site: Site, kind: 'user' | 'project', id: string): Record<string, string> {
  const base =
    kind === 'user'
      ? `${site.url}/secure/useravatar?ownerId=${encodeURIComponent(id)}`
      : `${site.url}/secure/projectavatar?pid=${id}`;
  return {
    '48x48': `${base}&size=large`,
    '24x24': `${base}&size=small`,
    '16x16': `${base}&size=xsmall`,
    '32x32': `${base}&size=medium`,
  };
}

/** A user as embedded in issue fields and changelogs. E-mail addresses are hidden there, as Cloud's privacy default. */
export function userJson(site: Site, u: UserRecord): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/user?accountId=${encodeURIComponent(u.accountId)}`,
    accountId: u.accountId,
    avatarUrls: avatarUrls(site, 'user', u.accountId),
    displayName: u.displayName,
    active: true,
    timeZone: 'Etc/UTC',
    accountType: u.accountType,
  };
}

export function statusCategoryJson(site: Site, c: StatusCategoryDef): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/statuscategory/${c.id}`,
    id: c.id,
    key: c.key,
    colorName: c.colorName,
    name: c.name,
  };
}

export function statusJson(site: Site, s: StatusDef): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/status/${s.id}`,
    description: '',
    iconUrl: `${site.url}/`,
    name: s.name,
    untranslatedName: s.name,
    id: s.id,
    statusCategory: statusCategoryJson(site, statusCategoryByKey(s.category)),
  };
}

export function issueTypeJson(site: Site, t: IssueTypeDef): Record<string, unknown> {
  const json: Record<string, unknown> = {
    self: `${site.url}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: '',
    iconUrl: `${site.url}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
    name: t.name,
    subtask: t.hierarchyLevel < 0,
    avatarId: t.avatarId,
    hierarchyLevel: t.hierarchyLevel,
  };
  if (t.projectId !== null) json.scope = { type: 'PROJECT', project: { id: t.projectId } };
  return json;
}

/** A project as embedded in issue fields. */
export function projectRefJson(site: Site, p: ProjectRecord): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: 'software',
    simplified: p.style === 'team-managed',
    avatarUrls: avatarUrls(site, 'project', p.id),
  };
}

/** A project as `GET /project/search` lists it. */
export function projectJson(site: Site, p: ProjectRecord): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(site, p),
    style: p.style === 'team-managed' ? 'next-gen' : 'classic',
    isPrivate: false,
    properties: {},
  };
}

export function versionJson(site: Site, v: VersionRecord, full: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    self: `${site.url}/rest/api/3/version/${v.id}`,
    id: v.id,
    description: '',
    name: v.name,
    archived: false,
    released: v.released,
  };
  if (v.releaseDate) json.releaseDate = v.releaseDate;
  if (full) json.projectId = Number(v.projectId);
  return json;
}

export function priorityJson(site: Site): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/priority/${MEDIUM_PRIORITY.id}`,
    iconUrl: `${site.url}${MEDIUM_PRIORITY.iconPath}`,
    name: MEDIUM_PRIORITY.name,
    id: MEDIUM_PRIORITY.id,
  };
}

export function resolutionJson(site: Site): Record<string, unknown> {
  return {
    self: `${site.url}/rest/api/3/resolution/${DONE_RESOLUTION.id}`,
    id: DONE_RESOLUTION.id,
    description: DONE_RESOLUTION.description,
    name: DONE_RESOLUTION.name,
  };
}
