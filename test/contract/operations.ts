/**
 * The Jira operations the app uses, each described twice: as jira.js calls it (its own endpoint function, whose
 * zod model checks the answer) and as a raw HTTP request, so the same answer can be checked against the OpenAPI spec.
 */
import type { createCloudClient } from 'jira.js';

type Client = ReturnType<typeof createCloudClient>;

export interface Operation {
  name: string;
  /** OpenAPI path template and method: where the response schema lives. */
  template: string;
  method: 'GET' | 'POST' | 'PUT';
  status: number;
  /** The raw request (path with query string, JSON body). */
  path: string;
  body?: unknown;
  /** The same call through jira.js. */
  viaJiraJs(client: Client): Promise<unknown>;
}

const SEARCH_FIELDS = [
  'summary',
  'status',
  'issuetype',
  'parent',
  'fixVersions',
  'labels',
  'customfield_10016',
  'customfield_10026',
];

export const OPERATIONS: Operation[] = [
  {
    name: 'search (GET), default fields',
    template: '/rest/api/3/search/jql',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/search/jql?jql=project%20%3D%20TEAM&maxResults=2',
    viaJiraJs: (c) => c.issueSearch.searchAndReconsileIssuesUsingJql({ jql: 'project = TEAM', maxResults: 2 }),
  },
  {
    name: 'search (POST), named and custom fields',
    template: '/rest/api/3/search/jql',
    method: 'POST',
    status: 200,
    path: '/rest/api/3/search/jql',
    body: { jql: 'parent in (TEAM-1, CORE-1) ORDER BY key', fields: SEARCH_FIELDS, maxResults: 100 },
    viaJiraJs: (c) =>
      c.issueSearch.searchAndReconsileIssuesUsingJqlPost({
        jql: 'parent in (TEAM-1, CORE-1) ORDER BY key',
        fields: SEARCH_FIELDS,
        maxResults: 100,
      }),
  },
  {
    name: 'search (POST), *all',
    template: '/rest/api/3/search/jql',
    method: 'POST',
    status: 200,
    path: '/rest/api/3/search/jql',
    body: { jql: 'project in (TEAM, CORE)', fields: ['*all'] },
    viaJiraJs: (c) =>
      c.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql: 'project in (TEAM, CORE)', fields: ['*all'] }),
  },
  {
    name: 'approximate count',
    template: '/rest/api/3/search/approximate-count',
    method: 'POST',
    status: 200,
    path: '/rest/api/3/search/approximate-count',
    body: { jql: 'parent = TEAM-1 AND statusCategory = Done' },
    viaJiraJs: (c) => c.issueSearch.countIssues({ jql: 'parent = TEAM-1 AND statusCategory = Done' }),
  },
  {
    name: 'bulk fetch issues',
    template: '/rest/api/3/issue/bulkfetch',
    method: 'POST',
    status: 200,
    path: '/rest/api/3/issue/bulkfetch',
    body: {
      issueIdsOrKeys: ['TEAM-2', 'CORE-2', 'NOPE-1'],
      fields: ['parent', 'status', 'customfield_10016', 'customfield_10026'],
    },
    viaJiraJs: (c) =>
      c.issues.bulkFetchIssues({
        issueIdsOrKeys: ['TEAM-2', 'CORE-2', 'NOPE-1'],
        fields: ['parent', 'status', 'customfield_10016', 'customfield_10026'],
      }),
  },
  {
    name: 'bulk changelogs',
    template: '/rest/api/3/changelog/bulkfetch',
    method: 'POST',
    status: 200,
    path: '/rest/api/3/changelog/bulkfetch',
    body: { issueIdsOrKeys: ['TEAM-3', 'CORE-2'], fieldIds: ['status', 'IssueParentAssociation', 'customfield_10026'] },
    viaJiraJs: (c) =>
      c.issues.getBulkChangelogs({
        issueIdsOrKeys: ['TEAM-3', 'CORE-2'],
        fieldIds: ['status', 'IssueParentAssociation', 'customfield_10026'],
      }),
  },
  {
    name: 'fields',
    template: '/rest/api/3/field',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/field',
    viaJiraJs: (c) => c.issueFields.getFields(),
  },
  {
    name: 'project search',
    template: '/rest/api/3/project/search',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/project/search?maxResults=1',
    viaJiraJs: (c) => c.projects.searchProjects({ maxResults: 1 }),
  },
  {
    name: 'project versions',
    template: '/rest/api/3/project/{projectIdOrKey}/versions',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/project/CORE/versions',
    viaJiraJs: (c) => c.projectVersions.getProjectVersions({ projectIdOrKey: 'CORE' }),
  },
  {
    name: 'get issue (all fields)',
    template: '/rest/api/3/issue/{issueIdOrKey}',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/issue/TEAM-4',
    viaJiraJs: (c) => c.issues.getIssue({ issueIdOrKey: 'TEAM-4' }),
  },
  {
    name: 'transitions',
    template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/issue/CORE-2/transitions',
    viaJiraJs: (c) => c.issues.getTransitions({ issueIdOrKey: 'CORE-2' }),
  },
  {
    name: 'status categories',
    template: '/rest/api/3/statuscategory',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/statuscategory',
    viaJiraJs: (c) => c.workflowStatusCategories.getStatusCategories(),
  },
  {
    name: 'statuses (global and team-managed, scoped)',
    template: '/rest/api/3/status',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/status',
    viaJiraJs: (c) => c.workflowStatuses.getStatuses(),
  },
  {
    name: 'myself',
    template: '/rest/api/3/myself',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/myself',
    viaJiraJs: (c) => c.myself.getCurrentUser(),
  },
  {
    name: 'my permissions',
    template: '/rest/api/3/mypermissions',
    method: 'GET',
    status: 200,
    path: '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=TEAM',
    viaJiraJs: (c) => c.permissions.getMyPermissions({ permissions: 'BROWSE_PROJECTS', projectKey: 'TEAM' }),
  },
];
