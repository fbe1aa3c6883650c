/** The sandbox server over HTTP: the invoke endpoint, error shapes, the Jira REST passthrough, simulate, the bridge. */
import { request as httpRequest } from 'node:http';
import { RESOLVER_KEYS } from '../../../src/contract';
import { demoUser } from '../../../sandbox/demo/users';
import { basic, request, startTestSandbox, type TestSandbox } from './harness';

jest.setTimeout(60_000);

let t: TestSandbox;
const ada = demoUser('ada');
const vic = demoUser('vic');

beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

describe('errors', () => {
  test('an unknown route answers 404 JSON', async () => {
    const answer = await request(`${t.url}/no/such/route`);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    expect(answer.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No route GET /no/such/route.' } });
  });

  test('a known route with another method answers 405 JSON', async () => {
    const answer = await request(`${t.url}/sandbox/invoke`);
    expect(answer.status).toBe(405);
    expect(answer.body).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('POST') } });
  });

  test.each([
    ['not JSON', '{key:', 'BAD_JSON'],
    ['empty', '', 'BAD_JSON'],
    ['an array', '[]', 'BAD_JSON'],
    ['without a key', '{"accountId":"x"}', 'INVALID_BODY'],
    ['with an unknown user', JSON.stringify({ key: 'okr/about', accountId: 'nobody' }), 'UNKNOWN_USER'],
    [
      'with a non-object payload',
      JSON.stringify({ key: 'okr/about', accountId: ada.accountId, payload: 3 }),
      'INVALID_BODY',
    ],
  ])('a malformed invoke body (%s) answers 400 with a code', async (_what, body, code) => {
    const answer = await request<{ error: { code: string; message: string } }>(`${t.url}/sandbox/invoke`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message).toEqual(expect.any(String));
  });
  test('a body that is not sent as JSON answers 415, so a form on another site cannot post one', async () => {
    const answer = await request<{ error: { code: string } }>(`${t.url}/sandbox/simulate`, {
      method: 'POST',
      body: '{"days":3}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  test('a request for another host name (DNS rebinding) answers 403', async () => {
    const { port } = new URL(t.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/sandbox/status', headers: { host: `evil.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await request(`${t.url.replace('127.0.0.1', 'localhost')}/sandbox/status`)).status).toBe(200);
  });
});

describe('POST /sandbox/invoke', () => {
  test('calls a resolver as a demo user and answers its result as is', async () => {
    const answer = await request(`${t.url}/sandbox/invoke`, {
      method: 'POST',
      json: { key: RESOLVER_KEYS.about, accountId: ada.accountId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ok: true,
      data: {
        app: 'okr-rollup-for-jira',
        version: expect.any(String),
        available: expect.arrayContaining([RESOLVER_KEYS.about]),
      },
    });
  });

  test('an undefined resolver key answers 404 with the keys there are', async () => {
    const answer = await request<{ error: { code: string; keys: string[] } }>(`${t.url}/sandbox/invoke`, {
      method: 'POST',
      json: { key: 'okr/nope', accountId: ada.accountId },
    });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('UNKNOWN_RESOLVER');
    expect(answer.body.error.keys).toContain(RESOLVER_KEYS.portfolio);
  });

  test('the module context is the host’s: a user may not call from an issue they cannot browse', async () => {
    const restricted = (await request<{ examples: { restrictedIssue: string } }>(`${t.url}/sandbox/demo`)).body.examples
      .restrictedIssue;
    const context = { moduleKey: 'okr-issue-panel', issueKey: restricted };
    const asVic = await request<{ error: { code: string } }>(`${t.url}/sandbox/invoke`, {
      method: 'POST',
      json: { key: RESOLVER_KEYS.about, accountId: vic.accountId, context },
    });
    expect(asVic.status).toBe(403);
    expect(asVic.body.error.code).toBe('FORBIDDEN');
    const asAda = await request(`${t.url}/sandbox/invoke`, {
      method: 'POST',
      json: { key: RESOLVER_KEYS.about, accountId: ada.accountId, context },
    });
    expect(asAda.status).toBe(200);
  });
});

describe('Jira REST API under /rest', () => {
  test('refuses requests without a demo user’s basic auth, as Jira does', async () => {
    for (const authorization of [undefined, basic(ada.email, 'wrong-token'), 'Bearer x']) {
      const answer = await request(`${t.url}/rest/api/3/myself`, authorization ? { headers: { authorization } } : {});
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ errorMessages: [expect.stringContaining('not authenticated')], errors: {} });
    }
  });

  test('acts as the authenticated user, permissions included', async () => {
    const me = await request(`${t.url}/rest/api/3/myself`, {
      headers: { authorization: basic(vic.email, vic.apiToken) },
    });
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe(vic.accountId);
    const search = await request<{ issues: unknown[] }>(`${t.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { authorization: basic(vic.email, vic.apiToken) },
      json: { jql: 'project = PAY', maxResults: 5 },
    });
    // Jira answers a JQL naming a project the user cannot see with 400; either way no PAY issue comes back.
    if (search.status === 200) expect(search.body.issues).toEqual([]);
    else expect(search.status).toBe(400);
    const removed = await request(`${t.url}/rest/api/3/search?jql=project%3DPLAT`, {
      headers: { authorization: basic(ada.email, ada.apiToken) },
    });
    expect(removed.status).toBe(410);
  });

  test('a transition through the API changes the issue, is journaled and fires the app’s trigger', async () => {
    const { runtime } = t.sandbox;
    const key = (await request<{ examples: { issueInLinkedEpic: string } }>(`${t.url}/sandbox/demo`)).body.examples
      .issueInLinkedEpic;
    const before = runtime.stats.issueEvents;
    const journal = runtime.state.journal.length;
    const auth = { authorization: basic(ada.email, ada.apiToken) };
    const transitions = await request<{ transitions: { id: string; to: { name: string } }[] }>(
      `${t.url}/rest/api/3/issue/${key}/transitions`,
      { headers: auth },
    );
    const target = runtime.sim.issue(key)?.status === 'Done' ? 'In Progress' : 'Done';
    const id = transitions.body.transitions.find((tr) => tr.to.name === target)?.id;
    const moved = await request(`${t.url}/rest/api/3/issue/${key}/transitions`, {
      method: 'POST',
      headers: auth,
      json: { transition: { id } },
    });
    expect(moved.status).toBe(204);
    expect(runtime.sim.issue(key)?.status).toBe(target);
    expect(runtime.state.journal.slice(journal)).toEqual([
      expect.objectContaining({ op: 'rest', method: 'POST', path: `/rest/api/3/issue/${key}/transitions` }),
    ]);
    await request(`${t.url}/sandbox/settle`, { method: 'POST' });
    expect(runtime.stats.issueEvents).toBe(before + 1);
    expect(runtime.stats.triggerFailures).toBe(0);
  });

  test('reads are not journaled', async () => {
    const journal = t.sandbox.runtime.state.journal.length;
    await request(`${t.url}/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: { authorization: basic(ada.email, ada.apiToken) },
      json: { jql: 'project = PLAT' },
    });
    expect(t.sandbox.runtime.state.journal.length).toBe(journal);
  });
});

describe('POST /sandbox/simulate', () => {
  test('advances the clock by the days asked and runs the issue events through the pipeline', async () => {
    const { runtime } = t.sandbox;
    const before = runtime.clock.now().getTime();
    const answer = await request<{ days: number; transitions: number; issueEvents: number; from: string; to: string }>(
      `${t.url}/sandbox/simulate`,
      { method: 'POST', json: { days: 2 } },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.days).toBe(2);
    expect(answer.body.transitions).toBeGreaterThan(0);
    expect(answer.body.issueEvents).toBeGreaterThanOrEqual(answer.body.transitions);
    const advanced = Date.parse(answer.body.to) - Date.parse(answer.body.from);
    expect(advanced).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(advanced).toBeLessThan(2 * 86_400_000 + 60_000);
    expect(runtime.clock.now().getTime() - before).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(runtime.pending()).toEqual({ triggers: 0, queued: 0, dead: 0 });
  });

  test.each([[{ days: 0 }], [{ days: 1.5 }], [{ days: '3' }], [{ days: 31 }]])(
    'refuses %j with 400 INVALID_DAYS',
    async (json) => {
      const answer = await request<{ error: { code: string } }>(`${t.url}/sandbox/simulate`, { method: 'POST', json });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('INVALID_DAYS');
    },
  );
});

describe('the metrics web trigger', () => {
  test('is called as Forge calls it and answered as its handler says (an unsigned request is refused)', async () => {
    const answer = await request<{ ok: boolean; error: { code: string } }>(
      `${t.url}/sandbox/webtrigger/okr-metrics-webtrigger`,
      { method: 'POST', json: { value: 3 } },
    );
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNAUTHORIZED' }) });
  });
});

describe('the bridge', () => {
  const bridge = (body: unknown, cookie?: string) =>
    request<{ answer?: unknown; error?: { code: string }; now?: string }>(`${t.url}/sandbox/bridge`, {
      method: 'POST',
      json: body,
      ...(cookie ? { headers: { cookie } } : {}),
    });

  test('getContext answers the module’s context for the acting user', async () => {
    const issue = t.sandbox.runtime.sim.issue('PLAT-3');
    const answer = await bridge({ type: 'getContext', frame: { moduleKey: 'okr-issue-panel', issueKey: 'PLAT-3' } });
    expect(answer.status).toBe(200);
    expect(answer.body.answer).toEqual(
      expect.objectContaining({
        moduleKey: 'okr-issue-panel',
        accountId: ada.accountId,
        extension: {
          type: 'jira:issuePanel',
          issue: { id: issue?.id, key: 'PLAT-3', type: 'Epic' },
          project: { id: issue?.projectId, key: 'PLAT', type: 'software' },
        },
      }),
    );
    expect(Date.parse(answer.body.now as string)).toBe(Date.parse(answer.body.now as string));
  });

  test('invoke runs the resolver; the acting user comes from the host’s cookie', async () => {
    const cookie = `okr-sandbox-user=${encodeURIComponent(vic.accountId)}`;
    const onPay = await bridge(
      {
        type: 'invoke',
        payload: { functionKey: RESOLVER_KEYS.about },
        frame: { moduleKey: 'okr-issue-context', issueKey: 'PAY-3' },
      },
      cookie,
    );
    expect(onPay.status).toBe(403);
    const onPlat = await bridge(
      {
        type: 'invoke',
        payload: { functionKey: RESOLVER_KEYS.about },
        frame: { moduleKey: 'okr-issue-context', issueKey: 'PLAT-3' },
      },
      cookie,
    );
    expect(onPlat.body.answer).toEqual(expect.objectContaining({ ok: true }));
  });

  test('submit stores a gadget’s configuration from its edit view only', async () => {
    const config = { view: 'kr-list', periodId: '2026-Q4' };
    const fromView = await bridge({
      type: 'submit',
      payload: config,
      frame: { moduleKey: 'okr-gadget', gadgetId: '10002' },
    });
    expect(fromView.body.answer).toBe(false);
    const fromEdit = await bridge({
      type: 'submit',
      payload: config,
      frame: { moduleKey: 'okr-gadget', gadgetId: '10002', entryPoint: 'edit' },
    });
    expect(fromEdit.body.answer).toBe(true);
    const context = await bridge({ type: 'getContext', frame: { moduleKey: 'okr-gadget', gadgetId: '10002' } });
    expect((context.body.answer as { extension: unknown }).extension).toEqual({
      type: 'jira:dashboardGadget',
      gadget: { id: '10002' },
      dashboard: { id: '10000' },
      gadgetConfiguration: config,
    });
  });

  test('a call the host does not support, or an unknown module, is refused with a code', async () => {
    const unsupported = await bridge({ type: 'openModal', frame: { moduleKey: 'okr-portfolio' } });
    expect(unsupported.status).toBe(501);
    expect(unsupported.body.error?.code).toBe('UNSUPPORTED_BRIDGE_CALL');
    const unknown = await bridge({ type: 'getContext', frame: { moduleKey: 'someone-elses-module' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.code).toBe('UNKNOWN_MODULE');
  });
});

describe('host pages and frames', () => {
  const get = (path: string, cookie?: string) => fetch(`${t.url}${path}`, cookie ? { headers: { cookie } } : {});

  test('a frame’s index.html defines __bridge before the app’s module script', async () => {
    const response = await get('/frames/okr-issue-panel/index.html?issue=PLAT-3');
    expect(response.status).toBe(200);
    const html = await response.text();
    const bridgeAt = html.indexOf('window.__bridge');
    expect(bridgeAt).toBeGreaterThan(-1);
    expect(bridgeAt).toBeLessThan(html.indexOf('type="module"'));
    expect(html).toContain('"issueKey":"PLAT-3"');
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await get(`/frames/okr-issue-panel/${asset}`)).status).toBe(200);
    expect((await get('/frames/okr-issue-panel/../../package.json')).status).toBe(404);
  });

  test('pages render for the acting user, with Jira’s permission answers', async () => {
    const vicCookie = `okr-sandbox-user=${encodeURIComponent(vic.accountId)}`;
    for (const path of [
      '/',
      '/jira/dashboard',
      '/jira/projects',
      '/jira/projects/PLAT',
      '/jira/apps/okr-portfolio',
      '/browse/PLAT-3',
    ]) {
      expect([path, (await get(path)).status]).toEqual([path, 200]);
    }
    expect((await get('/browse/PAY-3', vicCookie)).status).toBe(403);
    expect((await get('/jira/projects/PAY/apps/okr-project-page', vicCookie)).status).toBe(403);
    expect((await get('/jira/settings/apps/okr-admin-page', vicCookie)).status).toBe(403);
    expect((await get('/jira/settings/apps/okr-admin-page')).status).toBe(200);
    expect((await get('/browse/PLAT-99999')).status).toBe(404);
  });

  test('the user switcher sets the acting user', async () => {
    const answer = await request(`${t.url}/sandbox/user`, { method: 'POST', json: { accountId: vic.accountId } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('set-cookie')).toContain(`okr-sandbox-user=${encodeURIComponent(vic.accountId)}`);
    const refused = await request<{ error: { code: string } }>(`${t.url}/sandbox/user`, {
      method: 'POST',
      json: { accountId: 'x' },
    });
    expect(refused.body.error.code).toBe('UNKNOWN_USER');
  });
});
