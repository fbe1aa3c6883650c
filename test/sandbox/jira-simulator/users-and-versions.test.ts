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
