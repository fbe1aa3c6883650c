import { REMOVED_SEARCH_MESSAGE, UNBOUNDED_MESSAGE } from '../../../sandbox/jira-simulator';
import { call, seededSite } from './fixtures';

function bigSite(n: number) {
  const { sim, clock } = seededSite();
  sim.addProject({ key: 'BIG', name: 'Big', style: 'company-managed' });
  for (let i = 0; i < n; i++)
    sim.addIssue(
      { project: 'BIG', type: 'Task', summary: `t${i}`, created: new Date(Date.UTC(2025, 0, 1, 0, i)) },
      { silent: true },
    );
  return { sim, clock };
}

describe('search/jql', () => {
  it('returns ids only by default, with isLast and no total', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20TEAM');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(r.json).toEqual({
      issues: [{ id: '10003' }, { id: '10002' }, { id: '10001' }, { id: '10000' }],
      isLast: true,
    });
    expect(r.json).not.toHaveProperty('total');
    expect(r.json).not.toHaveProperty('nextPageToken');
  });

  it('renders named, custom, *navigable and excluded fields like Jira', async () => {
    const { sim } = seededSite();
    const body = (fields: string[]) => call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'key = TEAM-3', fields });
    const named = (await body(['summary', 'status', 'parent', 'customfield_10016', 'customfield_10026', 'nonsense']))
      .json.issues[0];
    expect(Object.keys(named).sort()).toEqual(['expand', 'fields', 'id', 'key', 'self']);
    expect(Object.keys(named.fields).sort()).toEqual(['customfield_10016', 'parent', 'status', 'summary']);
    expect(named.fields.customfield_10016).toBe(5);
    expect(named.fields.status).toMatchObject({
      name: 'In Progress',
      statusCategory: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    });
    expect(named.fields.parent).toMatchObject({
      id: '10000',
      key: 'TEAM-1',
      fields: {
        summary: 'Launch rockets',
        status: { name: 'To Do' },
        issuetype: { name: 'Epic', hierarchyLevel: 1 },
        priority: { name: 'Medium' },
      },
    });
    const keyOnly = (await body(['key'])).json.issues[0];
    expect(keyOnly).toEqual({
      expand: expect.any(String),
      id: '10002',
      key: 'TEAM-3',
      self: expect.stringMatching(/\/rest\/api\/3\/issue\/10002$/),
    });
    const nav = (await body(['*navigable', '-labels'])).json.issues[0].fields;
    expect(nav).toHaveProperty('created');
    expect(nav).not.toHaveProperty('labels');
    expect(nav.created).toBe('2026-02-10T10:00:00.000+0000');
    const epic = (await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'key = CORE-1', fields: ['*all'] })).json
      .issues[0].fields;
    expect(epic).not.toHaveProperty('parent');
    expect(epic.customfield_10026).toBeNull();
    expect(epic).not.toHaveProperty('customfield_10016');
    expect(epic.issuetype).toMatchObject({ name: 'Epic', hierarchyLevel: 1, subtask: false });
    const sub = (await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'key = TEAM-4', fields: ['issuetype'] })).json
      .issues[0];
    expect(sub.fields.issuetype).toMatchObject({
      name: 'Subtask',
      hierarchyLevel: -1,
      subtask: true,
      scope: { type: 'PROJECT', project: { id: '10000' } },
    });
  });

  it('accepts repeated and comma-separated fields on GET', async () => {
    const { sim } = seededSite();
    const r = await call(
      sim,
      'GET',
      '/rest/api/3/search/jql?jql=key%3DCORE-2&fields=summary,labels&fields=fixVersions',
    );
    expect(Object.keys(r.json.issues[0].fields).sort()).toEqual(['fixVersions', 'labels', 'summary']);
    expect(r.json.issues[0].fields.fixVersions).toEqual([
      expect.objectContaining({ name: '1.0', released: false, releaseDate: '2026-06-30' }),
    ]);
  });

  it('pages with opaque nextPageToken until isLast, in a stable order', async () => {
    const { sim } = bigSite(23);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await call(sim, 'POST', '/rest/api/3/search/jql', {
        jql: 'project = BIG ORDER BY created ASC',
        maxResults: 10,
        fields: ['summary'],
        nextPageToken: token,
      });
      pages++;
      seen.push(...r.json.issues.map((i: { fields: { summary: string } }) => i.fields.summary));
      token = r.json.nextPageToken;
      expect(r.json.isLast).toBe(token === undefined);
      if (token) expect(token).not.toMatch(/^\d+$/);
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `t${i}`));
  });

  it('caps pages at 100 once fields are asked for, at 5000 for ids/keys only', async () => {
    const { sim } = bigSite(5100);
    const withFields = await call(sim, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = BIG',
      maxResults: 1000,
      fields: ['status'],
    });
    expect(withFields.json.issues).toHaveLength(100);
    expect(withFields.json.isLast).toBe(false);
    const ids = await call(sim, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = BIG',
      maxResults: 9999,
      fields: ['id', 'key'],
    });
    expect(ids.json.issues).toHaveLength(5000);
    const rest = await call(sim, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = BIG',
      maxResults: 9999,
      fields: ['id', 'key'],
      nextPageToken: ids.json.nextPageToken,
    });
    expect(rest.json.issues).toHaveLength(100);
    expect(rest.json.isLast).toBe(true);
    const dflt = await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'project = BIG' });
    expect(dflt.json.issues).toHaveLength(50);
    expect(sim.meter.byEndpoint['POST /rest/api/3/search/jql']).toEqual({
      calls: 4,
      points: 4 + 100 + 5000 + 100 + 50,
    });
  });

  it('refuses a token from another query and garbage tokens', async () => {
    const { sim } = bigSite(3);
    const first = await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'project = BIG', maxResults: 1 });
    const other = await call(sim, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = CORE',
      nextPageToken: first.json.nextPageToken,
    });
    expect(other.status).toBe(400);
    expect(
      (await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'project = BIG', nextPageToken: 'abc' })).status,
    ).toBe(400);
  });

  it.each(['', '   ', 'ORDER BY created DESC', 'order by key'])('refuses unbounded JQL %p with 400', async (jql) => {
    const { sim } = seededSite();
    for (const r of [
      await call(sim, 'POST', '/rest/api/3/search/jql', { jql }),
      await call(sim, 'POST', '/rest/api/3/search/approximate-count', { jql }),
      await call(sim, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}`),
    ]) {
      expect(r.status).toBe(400);
      expect(r.json).toEqual({ errorMessages: [UNBOUNDED_MESSAGE], errors: {} });
    }
  });

  it('refuses request properties the bean does not define (startAt is gone)', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'project = TEAM', startAt: 10 });
    expect(r.status).toBe(400);
    expect(r.json.errorMessages[0]).toContain('startAt');
  });

  it.each([
    ['GET', '/rest/api/3/search?jql=project%3DTEAM'],
    ['POST', '/rest/api/3/search'],
    ['GET', '/rest/api/2/search?jql=project%3DTEAM'],
  ])('answers 410 on the removed %s %s', async (method, path) => {
    const { sim } = seededSite();
    const r = await call(sim, method, path, method === 'POST' ? { jql: 'project = TEAM' } : undefined);
    expect(r.status).toBe(410);
    expect(r.json).toEqual({ errorMessages: [REMOVED_SEARCH_MESSAGE], errors: {} });
    expect(REMOVED_SEARCH_MESSAGE).toContain('/rest/api/3/search/jql');
  });

  it('answers unknown routes 404 and wrong methods 405 in Jira error shape', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'GET', '/rest/api/3/nothing-here');
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect((await call(sim, 'DELETE', '/rest/api/3/search/jql')).status).toBe(405);
  });
});

describe('approximate-count', () => {
  it('counts matches and costs one point', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'POST', '/rest/api/3/search/approximate-count', {
      jql: 'parent = TEAM-1 AND statusCategory = Done',
    });
    expect(r.json).toEqual({ count: 1 });
    expect(sim.meter.points).toBe(1);
  });
});

describe('issue/bulkfetch', () => {
  it('returns permitted issues in ascending id order, navigable fields by default, silently skipping the rest', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['core-2', '10000', 'NOPE-9', '99999', 'TEAM-1'],
    });
    expect(r.status).toBe(200);
    expect(r.json.issues.map((i: { key: string }) => i.key)).toEqual(['TEAM-1', 'CORE-2']);
    expect(r.json.issueErrors).toEqual([]);
    expect(r.json.issues[1].fields).toHaveProperty('customfield_10026', 8);
    expect(sim.meter.points).toBe(3);
    const bob = await call(
      sim,
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { issueIdsOrKeys: ['CORE-2', 'TEAM-1'], fields: ['summary'] },
      { kind: 'user', accountId: 'acc-bob' },
    );
    expect(bob.json.issues.map((i: { key: string }) => i.key)).toEqual(['TEAM-1']);
  });

  it('refuses an empty list and more than 100 ids', async () => {
    const { sim } = seededSite();
    expect((await call(sim, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: [] })).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => String(10000 + i));
    expect((await call(sim, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: many })).status).toBe(400);
  });
});
