import { ALICE, BOB, call, seededSite } from './fixtures';

const bob = { kind: 'user' as const, accountId: BOB.accountId };

describe('issue create / read / edit / transitions', () => {
  it('creates an issue (201) and reads it back with all fields by default', async () => {
    const { sim } = seededSite();
    const created = await call(sim, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CORE' },
        issuetype: { name: 'Story' },
        summary: 'Made via REST',
        parent: { key: 'CORE-1' },
        customfield_10026: 3,
        labels: ['x'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: '10007',
      key: 'CORE-4',
      self: expect.stringMatching(/\/rest\/api\/3\/issue\/10007$/),
    });
    const got = await call(sim, 'GET', '/rest/api/3/issue/CORE-4');
    expect(got.json.fields).toMatchObject({
      summary: 'Made via REST',
      customfield_10026: 3,
      labels: ['x'],
      parent: { key: 'CORE-1' },
    });
    expect(got.json.fields.reporter.accountId).toBe('63f1c0ffee5a1b0069e0a001');
    expect(sim.meter.byEndpoint['GET /rest/api/3/issue/{issueIdOrKey}']).toEqual({ calls: 1, points: 2 });
    expect(sim.meter.byEndpoint['POST /rest/api/3/issue']).toEqual({ calls: 1, points: 1 });
  });

  it.each([
    [{ project: { key: 'NOPE' }, issuetype: { name: 'Task' }, summary: 's' }, 'project'],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Initiative' }, summary: 's' }, 'issuetype'],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Task' } }, 'summary'],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Sub-task' }, summary: 's' }, 'issuetype'],
    [
      { project: { key: 'CORE' }, issuetype: { name: 'Task' }, summary: 's', customfield_10016: 3 },
      'customfield_10016',
    ],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Task' }, summary: 's', status: { name: 'Done' } }, 'status'],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Epic' }, summary: 's', parent: { key: 'CORE-1' } }, 'parent'],
    [{ project: { key: 'CORE' }, issuetype: { name: 'Task' }, summary: 's', labels: ['two words'] }, 'labels'],
  ])('refuses %j with errors.%s', async (fields, errorField) => {
    const { sim } = seededSite();
    const r = await call(sim, 'POST', '/rest/api/3/issue', { fields });
    expect(r.status).toBe(400);
    expect(r.json.errors).toHaveProperty(errorField);
    expect(Array.isArray(r.json.errorMessages)).toBe(true);
  });

  it('edits fields and update operations, answering 204', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'PUT', '/rest/api/3/issue/CORE-2', {
      fields: { customfield_10026: 5, parent: { key: 'CORE-1' } },
      update: { labels: [{ add: 'new' }, { remove: 'api' }], fixVersions: [{ add: { name: '0.9' } }] },
    });
    expect(r.status).toBe(204);
    expect(sim.issue('CORE-2')).toMatchObject({ points: 5, labels: ['Infra', 'new'], fixVersions: ['1.0', '0.9'] });
    expect((await call(sim, 'PUT', '/rest/api/3/issue/CORE-2', { fields: { parent: null } })).status).toBe(204);
    expect(sim.issue('CORE-2')?.parentId).toBeNull();
    const returned = await call(sim, 'PUT', '/rest/api/3/issue/CORE-2?returnIssue=true', {
      fields: { summary: 'Renamed' },
    });
    expect(returned.status).toBe(200);
    expect(returned.json.fields.summary).toBe('Renamed');
    expect((await call(sim, 'PUT', '/rest/api/3/issue/CORE-2', { fields: { customfield_10016: 1 } })).status).toBe(400);
  });

  it('lists transitions and applies one by id', async () => {
    const { sim } = seededSite();
    const t = await call(sim, 'GET', '/rest/api/3/issue/TEAM-1/transitions');
    expect(t.json.transitions.map((x: { id: string; name: string }) => [x.id, x.name])).toEqual([
      ['21', 'In Progress'],
      ['31', 'In Review'],
      ['41', 'Done'],
    ]);
    expect(t.json.transitions[2].to).toMatchObject({ id: '10103', statusCategory: { key: 'done' } });
    expect((await call(sim, 'POST', '/rest/api/3/issue/TEAM-1/transitions', { transition: { id: '41' } })).status).toBe(
      204,
    );
    expect(sim.issue('TEAM-1')?.statusCategory).toBe('done');
    const bad = await call(sim, 'POST', '/rest/api/3/issue/TEAM-1/transitions', { transition: { id: '999' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errorMessages).toEqual(["Transition id '999' is not valid for this issue."]);
  });

  it('answers malformed JSON with 400 in Jira shape', async () => {
    const { sim } = seededSite();
    const r = await sim.handle({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      headers: {},
      body: '{oops',
      as: { kind: 'app' },
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({
      errorMessages: [expect.stringContaining('Invalid request payload')],
      errors: {},
    });
  });
});

describe('permissions', () => {
  it('GET issue answers 404 for an issue the user cannot browse, same as a missing one', async () => {
    const { sim } = seededSite();
    const hidden = await call(sim, 'GET', '/rest/api/3/issue/CORE-1', undefined, bob);
    const missing = await call(sim, 'GET', '/rest/api/3/issue/TEAM-999', undefined, bob);
    expect(hidden).toEqual(missing);
    expect(hidden.status).toBe(404);
    expect(hidden.json).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
    expect((await call(sim, 'GET', '/rest/api/3/issue/TEAM-1', undefined, bob)).status).toBe(200);
  });

  it('filters search, count, projects and versions', async () => {
    const { sim } = seededSite();
    const count = await call(sim, 'POST', '/rest/api/3/search/approximate-count', { jql: 'issuetype = Epic' }, bob);
    expect(count.json).toEqual({ count: 1 });
    const projects = await call(sim, 'GET', '/rest/api/3/project/search', undefined, bob);
    expect(projects.json).toMatchObject({
      total: 1,
      isLast: true,
      startAt: 0,
      values: [{ key: 'TEAM', style: 'next-gen', simplified: true }],
    });
    expect((await call(sim, 'GET', '/rest/api/3/project/CORE/versions', undefined, bob)).status).toBe(404);
    const versions = await call(sim, 'GET', '/rest/api/3/project/CORE/versions');
    expect(versions.json.map((v: { name: string }) => v.name)).toEqual(['1.0', '0.9']);
    expect(versions.json[0]).toMatchObject({ projectId: 10001, released: false, releaseDate: '2026-06-30' });
  });

  it('mypermissions answers per project', async () => {
    const { sim } = seededSite();
    const team = await call(
      sim,
      'GET',
      '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=TEAM',
      undefined,
      bob,
    );
    expect(team.json.permissions.BROWSE_PROJECTS).toMatchObject({
      key: 'BROWSE_PROJECTS',
      havePermission: true,
      type: 'PROJECT',
    });
    expect(
      (await call(sim, 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=CORE', undefined, bob))
        .status,
    ).toBe(404);
    expect((await call(sim, 'GET', '/rest/api/3/mypermissions', undefined, bob)).status).toBe(400);
    const admin = await call(
      sim,
      'GET',
      '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS',
      undefined,
      { kind: 'user', accountId: ALICE.accountId },
    );
    expect(admin.json.permissions.ADMINISTER.havePermission).toBe(true);
  });

  it('unknown accounts are unauthenticated', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'GET', '/rest/api/3/myself', undefined, { kind: 'user', accountId: 'ghost' });
    expect(r.status).toBe(401);
  });

  it('project search pages with startAt/maxResults', async () => {
    const { sim } = seededSite();
    const first = await call(sim, 'GET', '/rest/api/3/project/search?maxResults=1');
    expect(first.json).toMatchObject({
      startAt: 0,
      maxResults: 1,
      total: 2,
      isLast: false,
      values: [{ key: 'CORE', style: 'classic' }],
    });
    const second = await call(sim, 'GET', '/rest/api/3/project/search?maxResults=1&startAt=1');
    expect(second.json).toMatchObject({ isLast: true, values: [{ key: 'TEAM' }] });
  });
});

describe('metadata', () => {
  it('lists the story-points fields with the schemas apps discover them by', async () => {
    const { sim } = seededSite();
    const fields = (await call(sim, 'GET', '/rest/api/3/field')).json as {
      id: string;
      name: string;
      schema: { custom?: string };
    }[];
    expect(fields.find((f) => f.schema.custom === 'com.pyxis.greenhopper.jira:jsw-story-points')).toMatchObject({
      id: sim.storyPointsFieldIds.teamManaged,
      name: 'Story point estimate',
    });
    expect(
      fields.find((f) => f.schema.custom === 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
    ).toMatchObject({
      id: sim.storyPointsFieldIds.companyManaged,
      name: 'Story Points',
    });
  });

  it('lists the status categories Jira has', async () => {
    const { sim } = seededSite();
    const cats = (await call(sim, 'GET', '/rest/api/3/statuscategory')).json;
    expect(cats.map((c: { id: number; key: string }) => [c.id, c.key])).toEqual([
      [1, 'undefined'],
      [2, 'new'],
      [4, 'indeterminate'],
      [3, 'done'],
    ]);
  });

  it('lists every status of the site, team-managed ones scoped to their project', async () => {
    const { sim } = seededSite();
    const r = await call(sim, 'GET', '/rest/api/3/status');
    expect(r.status).toBe(200);
    // Global statuses (company-managed CORE shares them), then TEAM's (project 10000) own ids from 10100.
    expect(
      r.json.map((s: { id: string; name: string; statusCategory: { key: string } }) => [
        s.id,
        s.name,
        s.statusCategory.key,
      ]),
    ).toEqual([
      ['10000', 'To Do', 'new'],
      ['3', 'In Progress', 'indeterminate'],
      ['10001', 'In Review', 'indeterminate'],
      ['10002', 'Done', 'done'],
      ['10100', 'To Do', 'new'],
      ['10101', 'In Progress', 'indeterminate'],
      ['10102', 'In Review', 'indeterminate'],
      ['10103', 'Done', 'done'],
    ]);
    const site = 'https://okr-sandbox.atlassian.net';
    expect(r.json[3]).toEqual({
      self: `${site}/rest/api/3/status/10002`,
      description: '',
      iconUrl: `${site}/`,
      name: 'Done',
      untranslatedName: 'Done',
      id: '10002',
      statusCategory: {
        self: `${site}/rest/api/3/statuscategory/3`,
        id: 3,
        key: 'done',
        colorName: 'green',
        name: 'Done',
      },
    });
    expect(r.json[7].scope).toEqual({ type: 'PROJECT', project: { id: '10000' } });
    expect(r.json.filter((s: { scope?: unknown }) => s.scope !== undefined)).toHaveLength(4);
  });

  it("lists a team-managed project's statuses only to who may browse it", async () => {
    const { sim } = seededSite();
    sim.addUser({
      accountId: 'acc-carol',
      displayName: 'Carol',
      email: 'carol@example.com',
      apiToken: 'tok-carol',
      browseProjectIds: [sim.project('CORE')?.id ?? ''],
    });
    const ids = async (as: Parameters<typeof call>[4]) =>
      (await call(sim, 'GET', '/rest/api/3/status', undefined, as)).json.map((s: { id: string }) => s.id);
    expect(await ids({ kind: 'user', accountId: 'acc-carol' })).toEqual(['10000', '3', '10001', '10002']);
    expect(await ids(bob)).toHaveLength(8);
  });

  it('myself answers the calling account', async () => {
    const { sim } = seededSite();
    const me = await call(sim, 'GET', '/rest/api/3/myself', undefined, { kind: 'user', accountId: ALICE.accountId });
    expect(me.json).toMatchObject({
      accountId: ALICE.accountId,
      displayName: 'Alice Admin',
      emailAddress: ALICE.email,
      accountType: 'atlassian',
    });
    const app = await call(sim, 'GET', '/rest/api/3/myself');
    expect(app.json).toMatchObject({ accountType: 'app' });
  });
});
