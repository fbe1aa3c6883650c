import { createJiraClient } from '../../../src/jira';
import { ALICE, BOB, call, seededSite } from './fixtures';

describe('GET /rest/api/3/user/bulk', () => {
  test('answers a PageBeanUser of the known accounts, in the order asked, leaving unknown ids out', async () => {
    const { sim } = seededSite();
    const r = await call(
      sim,
      'GET',
      `/rest/api/3/user/bulk?accountId=${BOB.accountId}&accountId=nobody&accountId=${ALICE.accountId}&maxResults=50`,
    );
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    expect(r.json.values.map((u: { accountId: string; displayName: string }) => [u.accountId, u.displayName])).toEqual([
      [BOB.accountId, 'Bob Builder'],
      [ALICE.accountId, 'Alice Admin'],
    ]);
  });

  test('pages by maxResults (default 10) and requires an accountId', async () => {
    const { sim } = seededSite();
    const first = await call(
      sim,
      'GET',
      `/rest/api/3/user/bulk?accountId=${ALICE.accountId}&accountId=${BOB.accountId}&maxResults=1`,
    );
    expect(first.json).toMatchObject({ total: 2, isLast: false, values: [{ accountId: ALICE.accountId }] });
    expect(first.json.nextPage).toContain('startAt=1');
    const missing = await call(sim, 'GET', '/rest/api/3/user/bulk');
    expect(missing.status).toBe(400);
    expect(missing.json.errorMessages).toEqual([expect.any(String)]);
  });
});

describe('GET /rest/api/3/version/{id}', () => {
  test('answers the version to whoever may browse its project, 404 to others and for unknown ids', async () => {
    const { sim } = seededSite();
    const coreVersion = sim.issue('CORE-2')?.fixVersionIds[0] ?? '';
    const asAlice = await call(sim, 'GET', `/rest/api/3/version/${coreVersion}`, undefined, {
      kind: 'user',
      accountId: ALICE.accountId,
    });
    expect(asAlice.status).toBe(200);
    expect(asAlice.json).toMatchObject({
      id: coreVersion,
      name: '1.0',
      released: false,
      projectId: Number(sim.project('CORE')?.id),
    });
    const asBob = await call(sim, 'GET', `/rest/api/3/version/${coreVersion}`, undefined, {
      kind: 'user',
      accountId: BOB.accountId,
    });
    expect(asBob.status).toBe(404);
    expect((await call(sim, 'GET', '/rest/api/3/version/999999')).status).toBe(404);
  });
});

describe('GET /rest/api/3/project/{projectIdOrKey}/version (paginated)', () => {
  test('pages a browsable project versions; 404 for a project the caller may not browse', async () => {
    const { sim } = seededSite();
    const page = await call(sim, 'GET', '/rest/api/3/project/CORE/version?maxResults=1', undefined, {
      kind: 'user',
      accountId: ALICE.accountId,
    });
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false, values: [{ name: '1.0' }] });
    const rest = await call(sim, 'GET', '/rest/api/3/project/CORE/version?startAt=1', undefined, {
      kind: 'user',
      accountId: ALICE.accountId,
    });
    expect(rest.json).toMatchObject({ isLast: true, values: [{ name: '0.9' }] });
    const asBob = await call(sim, 'GET', '/rest/api/3/project/CORE/version', undefined, {
      kind: 'user',
      accountId: BOB.accountId,
    });
    expect(asBob.status).toBe(404);
  });
});

describe('GET /rest/api/3/user/search', () => {
  test('finds a user by exact email (case-insensitive) or display-name prefix, as a plain array; no query is a 400', async () => {
    const { sim } = seededSite();
    const byEmail = await call(
      sim,
      'GET',
      `/rest/api/3/user/search?query=${encodeURIComponent(BOB.email.toUpperCase())}`,
    );
    expect(byEmail.status).toBe(200);
    expect(byEmail.json.map((u: { accountId: string }) => u.accountId)).toEqual([BOB.accountId]);
    // Emails are matched, never shown.
    expect(byEmail.json[0].emailAddress).toBeUndefined();
    const byName = await call(sim, 'GET', '/rest/api/3/user/search?query=ali');
    expect(byName.json.map((u: { displayName: string }) => u.displayName)).toEqual(['Alice Admin']);
    // Part of an email is no match (it is no display-name prefix either).
    expect((await call(sim, 'GET', '/rest/api/3/user/search?query=bob%40exa')).json).toEqual([]);
    expect((await call(sim, 'GET', '/rest/api/3/user/search')).status).toBe(400);
  });

  test('jira.js reads the answer with its own model', async () => {
    const { sim } = seededSite();
    const client = createJiraClient(sim.asApp(), { clock: { now: () => new Date() }, onSchemaMismatch: 'throw' });
    const users = await client.api.findUsers({ query: BOB.email });
    expect(users.map((u) => u.accountId)).toEqual([BOB.accountId]);
  });
});
