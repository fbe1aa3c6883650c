/**
 * The Jira endpoints the app uses, and only those, on jira.js's `createCloudClient(customClient)`. Narrowing the
 * surface keeps call sites honest (every call here is metered and costed in DESIGN "Performance model") and makes
 * fakes small.
 */
// From the package root, not 'jira.js/cloud': that entry's model index has an import cycle that breaks once Jest
// compiles it to CommonJS. Bundlers tree-shake the root just the same (`sideEffects: false`).
import { createCloudClient } from 'jira.js';
import type { Client } from 'jira.js/core';
import { z } from 'zod';
import { InvalidJiraInputError } from './errors';

/** The part of `GET /rest/api/3/user/bulk` (PageBeanUser) the app reads. */
const UserPage = z.looseObject({
  isLast: z.boolean().optional(),
  values: z.array(z.looseObject({ accountId: z.string(), displayName: z.string().optional() })).optional(),
});

export function createJiraApi(client: Client) {
  const cloud = createCloudClient(client);
  return {
    /** POST /rest/api/3/search/jql */
    searchJql: cloud.issueSearch.searchAndReconsileIssuesUsingJqlPost,
    /** POST /rest/api/3/search/approximate-count */
    approximateCount: cloud.issueSearch.countIssues,
    /** POST /rest/api/3/issue/bulkfetch (≤ 100 ids) */
    bulkFetchIssues: cloud.issues.bulkFetchIssues,
    /** POST /rest/api/3/changelog/bulkfetch (≤ 1000 ids, ≤ 10 fields) */
    bulkFetchChangelogs: cloud.issues.getBulkChangelogs,
    /** GET /rest/api/3/status: every status of the site, with its category (the done ones, for history JQL). */
    getStatuses: () => cloud.workflowStatuses.getStatuses(),
    /** GET /rest/api/3/field */
    getFields: cloud.issueFields.getFields,
    /** GET /rest/api/3/project/search */
    searchProjects: cloud.projects.searchProjects,
    /** GET /rest/api/3/version/{id} */
    getVersion: (parameters: Parameters<typeof cloud.projectVersions.getVersion>[0]) =>
      cloud.projectVersions.getVersion({ ...parameters, id: pathSegment(parameters.id) }),
    /** GET /rest/api/3/user/bulk: display names of up to `maxResults` accounts (jira.js 6.2 has no function for it). */
    bulkGetUsers: (parameters: { accountId: readonly string[]; maxResults?: number }) =>
      client.sendRequest({
        url: '/rest/api/3/user/bulk',
        method: 'GET',
        searchParams: { accountId: [...parameters.accountId], maxResults: parameters.maxResults },
        schema: UserPage,
      }),
    /** GET /rest/api/3/user/search: users whose name starts with, or whose email is, the query (CLI owners). */
    findUsers: cloud.userSearch.findUsers,
    /** GET /rest/api/3/project/{id}/version */
    getProjectVersions: (parameters: Parameters<typeof cloud.projectVersions.getProjectVersionsPaginated>[0]) =>
      cloud.projectVersions.getProjectVersionsPaginated({
        ...parameters,
        projectIdOrKey: pathSegment(parameters.projectIdOrKey),
      }),
    /** GET /rest/api/3/myself */
    getMyself: cloud.myself.getCurrentUser,
    /** GET /rest/api/3/mypermissions */
    getMyPermissions: cloud.permissions.getMyPermissions,
    /** GET /rest/api/3/issue/{id} */
    getIssue: (parameters: Parameters<typeof cloud.issues.getIssue>[0]) =>
      cloud.issues.getIssue({ ...parameters, issueIdOrKey: pathSegment(parameters.issueIdOrKey) }),
  };
}

export type JiraApi = ReturnType<typeof createJiraApi>;

/** jira.js puts path parameters into the URL as given; an id or key is all we ever mean there. */
function pathSegment(idOrKey: string): string {
  if (!/^(\d+|[A-Za-z][A-Za-z0-9_]*(-\d+)?)$/.test(idOrKey)) {
    throw new InvalidJiraInputError(`Not an issue/project id or key: ${JSON.stringify(idOrKey)}`);
  }
  return idOrKey;
}
