/**
 * jira.js v6 drives the simulator over HTTP with basic auth, through its own endpoint functions, with
 * `onSchemaMismatch: 'throw'`: every answer must satisfy jira.js's zod models, and errors must surface as the
 * error classes jira.js derives from Jira's statuses and headers.
 */
import { createCloudClient, isApiError, isRateLimitError, isSchemaMismatchError } from 'jira.js';
import { UNBOUNDED_MESSAGE } from '../../sandbox/jira-simulator';
import { startHarness, type Harness } from './harness';
import { OPERATIONS } from './operations';

let h: Harness;
let client: ReturnType<typeof createCloudClient>;
beforeAll(async () => {
  h = await startHarness();
  client = createCloudClient({ host: h.server.url, auth: h.auth, onSchemaMismatch: 'throw' });
});
afterAll(() => h.server.close());

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

describe('jira.js accepts every answer', () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    await expect(op.viaJiraJs(client)).resolves.toBeDefined();
  });

  it('pages a search with nextPageToken', async () => {
    const first = await client.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: 'project in (TEAM, CORE)',
      maxResults: 3,
      fields: ['key'],
    });
    expect(first.issues).toHaveLength(3);
    expect(first.isLast).toBe(false);
    const rest = await client.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: 'project in (TEAM, CORE)',
      maxResults: 50,
      fields: ['key'],
      nextPageToken: first.nextPageToken ?? undefined,
    });
    expect(rest.isLast).toBe(true);
    expect([...(first.issues ?? []), ...(rest.issues ?? [])].map((i) => i.key).sort()).toEqual([
      'CORE-1',
      'CORE-2',
      'CORE-3',
      'TEAM-1',
      'TEAM-2',
      'TEAM-3',
      'TEAM-4',
    ]);
  });

  it('reads the story points and parent the rollup needs', async () => {
    const fields = await client.issueFields.getFields();
    const sp = fields.find((f) => f.schema?.custom === 'com.pyxis.greenhopper.jira:jsw-story-points');
    const res = await client.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: 'parent = TEAM-1',
      fields: ['parent', 'status', sp?.id ?? ''],
    });
    const byKey = Object.fromEntries((res.issues ?? []).map((i) => [i.key, i.fields]));
    expect(byKey['TEAM-3']).toMatchObject({
      customfield_10016: 5,
      parent: { key: 'TEAM-1' },
      status: { statusCategory: { key: 'done' } },
    });
    const logs = await client.issues.getBulkChangelogs({ issueIdsOrKeys: ['TEAM-3'], fieldIds: ['status'] });
    expect(logs.issueChangeLogs?.[0]?.changeHistories?.[0]?.created).toBeInstanceOf(Date);
  });

  it('reads the site statuses with their categories and team-managed scope', async () => {
    const statuses = await client.workflowStatuses.getStatuses();
    expect(statuses).toHaveLength(8);
    const done = statuses.filter((s) => s.name === 'Done');
    expect(done.map((s) => [s.id, s.statusCategory?.key, s.scope?.project?.id])).toEqual([
      ['10002', 'done', undefined],
      ['10103', 'done', '10000'],
    ]);
  });

  it('creates, edits and transitions an issue', async () => {
    const created = await client.issues.createIssue({
      fields: {
        project: { key: 'CORE' },
        issuetype: { name: 'Task' },
        summary: 'via jira.js',
        parent: { key: 'CORE-1' },
        customfield_10026: 2,
      },
    });
    expect(created.key).toMatch(/^CORE-\d+$/);
    await client.issues.editIssue({
      issueIdOrKey: created.key,
      fields: { summary: 'edited via jira.js', labels: ['okr'] },
    });
    const transitions = await client.issues.getTransitions({ issueIdOrKey: created.key });
    const done = transitions.transitions?.find((t) => t.to?.statusCategory?.key === 'done');
    await client.issues.doTransition({ issueIdOrKey: created.id, transition: { id: done?.id ?? '' } });
    const issue = await client.issues.getIssue({ issueIdOrKey: created.key, fields: ['summary', 'status', 'labels'] });
    expect(issue.fields).toMatchObject({ summary: 'edited via jira.js', labels: ['okr'], status: { name: 'Done' } });
    expect(h.sim.issue(created.key)?.statusCategory).toBe('done');
  });
});

describe('jira.js sees Jira-shaped errors', () => {
  it('the schema check is live: a wrong-shaped answer throws SchemaMismatchError', async () => {
    // Route the status-category call to /field: ids are strings there, numbers in StatusCategory.
    const misrouted = createCloudClient({
      host: `${h.server.url}/rest/api/3/field?ignored=`,
      auth: h.auth,
      onSchemaMismatch: 'throw',
    });
    const e = await failure(misrouted.workflowStatusCategories.getStatusCategories());
    expect(isSchemaMismatchError(e)).toBe(true);
  });

  it('unbounded JQL is an ApiError 400 carrying the ErrorCollection', async () => {
    const e = await failure(client.issueSearch.countIssues({ jql: 'order by created' }));
    expect(isApiError(e) && e.status).toBe(400);
    expect(isApiError(e) && e.body).toEqual({ errorMessages: [UNBOUNDED_MESSAGE], errors: {} });
  });

  it('a hidden issue is a 404', async () => {
    const e = await failure(client.issues.getIssue({ issueIdOrKey: 'NOPE-1' }));
    expect(isApiError(e) && e.status).toBe(404);
  });

  it('a 429 becomes a RateLimitError with retryAfterMs from Retry-After', async () => {
    h.sim.setRealism({ burstPerSecond: 1 });
    try {
      await client.issueFields.getFields();
      const e = await failure(client.issueFields.getFields());
      expect(isRateLimitError(e)).toBe(true);
      expect(isRateLimitError(e) && e.retryAfterMs).toBe(1000);
    } finally {
      h.sim.setRealism({ burstPerSecond: Infinity });
    }
  });
});
