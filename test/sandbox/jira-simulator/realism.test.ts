import { createJiraSimulator, SimulatedTimeoutError, type JiraSimulator } from '../../../sandbox/jira-simulator';
import { ALICE, call, seededSite } from './fixtures';

const count = (sim: JiraSimulator, jql: string) => call(sim, 'POST', '/rest/api/3/search/approximate-count', { jql });

describe('realism: rate limits', () => {
  it('answers 429 jira-burst-based per endpoint+method with Jira headers, until the next second', async () => {
    const { sim, clock } = seededSite({ realism: { burstPerSecond: 2 } });
    clock.advance(250);
    expect((await count(sim, 'project = TEAM')).status).toBe(200);
    expect((await count(sim, 'project = TEAM')).status).toBe(200);
    const limited = await count(sim, 'project = TEAM');
    expect(limited.status).toBe(429);
    expect(limited.headers).toMatchObject({
      'retry-after': '1',
      'ratelimit-reason': 'jira-burst-based',
      'x-ratelimit-limit': '2',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-03-02T09:00:01.000Z',
    });
    expect((await call(sim, 'GET', '/rest/api/3/field')).status).toBe(200);
    clock.advance(1000);
    expect((await count(sim, 'project = TEAM')).status).toBe(200);
  });

  it('enforces the hourly points quota (1 + issues per read) and resets at the top of the hour', async () => {
    const { sim, clock } = seededSite({ realism: { pointsPerHour: 10 } });
    const search = () => call(sim, 'POST', '/rest/api/3/search/jql', { jql: 'project = TEAM' });
    expect((await search()).status).toBe(200); // 5 points
    const near = await search(); // 10 points: now at the limit
    expect(near.status).toBe(200);
    expect(near.headers['x-ratelimit-nearlimit']).toBe('true');
    const limited = await search();
    expect(limited.status).toBe(429);
    expect(limited.headers).toMatchObject({
      'ratelimit-reason': 'jira-quota-global-based',
      'retry-after': '3600',
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-03-02T10:00:00.000Z',
    });
    expect(sim.meter.points).toBe(10);
    expect(sim.meter.calls).toBe(3);
    sim.setRealism({ quotaScope: 'tenant' });
    expect((await search()).headers['ratelimit-reason']).toBe('jira-quota-tenant-based');
    clock.advance(60 * 60_000);
    expect((await search()).status).toBe(200);
  });

  it('exempts API-token (basic auth) traffic from the points quota, as Jira does', async () => {
    const { sim } = seededSite({ realism: { pointsPerHour: 1 } });
    const server = await sim.listen(0);
    try {
      const auth = `Basic ${Buffer.from(`${ALICE.email}:${ALICE.apiToken}`).toString('base64')}`;
      for (let i = 0; i < 3; i++) {
        const r = await fetch(`${server.url}/rest/api/3/search/approximate-count`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ jql: 'project = TEAM' }),
        });
        expect(r.status).toBe(200);
      }
      sim.setRealism({ quotaAppliesToApiTokens: true });
      const myself = () => fetch(`${server.url}/rest/api/3/myself`, { headers: { authorization: auth } });
      expect((await myself()).status).toBe(200); // the exempt calls above were not charged
      expect((await myself()).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('realism: faults', () => {
  async function statuses(seed: number, n: number): Promise<number[]> {
    const sim = createJiraSimulator({ seed, realism: { errorRate: 0.3, throttleRate: 0.2 } });
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await call(sim, 'GET', '/rest/api/3/statuscategory')).status);
    return out;
  }

  it('is deterministic from the seed', async () => {
    const a = await statuses(42, 60);
    expect(await statuses(42, 60)).toEqual(a);
    expect(await statuses(43, 60)).not.toEqual(a);
    expect(new Set(a)).toEqual(new Set([200, 429, 500, 503]));
  });

  it('injected errors cost no points but count as calls', async () => {
    const sim = createJiraSimulator({ realism: { errorRate: 1 } });
    const r = await call(sim, 'GET', '/rest/api/3/field');
    expect([500, 503]).toContain(r.status);
    expect(r.json).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect(sim.meter).toMatchObject({ calls: 1, points: 0 });
    sim.meter.reset();
    expect(sim.meter).toMatchObject({ calls: 0, points: 0, byEndpoint: {} });
  });

  it('throttleRate answers 429 with Retry-After at random', async () => {
    const sim = createJiraSimulator({ realism: { throttleRate: 1 } });
    const r = await call(sim, 'GET', '/rest/api/3/field');
    expect(r.status).toBe(429);
    expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(r.headers['ratelimit-reason']).toBe('jira-burst-based');
  });

  it('timeoutRate makes the in-process call reject after timeoutMs', async () => {
    const sim = createJiraSimulator({ realism: { timeoutRate: 1, timeoutMs: 20 } });
    const started = Date.now();
    await expect(sim.asApp()('/rest/api/3/field')).rejects.toBeInstanceOf(SimulatedTimeoutError);
    // Like a timed-out socket, so a client's retry layer sees a transient network failure.
    await expect(sim.asApp()('/rest/api/3/field')).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('timeoutRate destroys the socket over HTTP', async () => {
    const { sim } = seededSite({ realism: { timeoutRate: 1, timeoutMs: 10 } });
    const server = await sim.listen(0);
    try {
      const auth = `Basic ${Buffer.from(`${ALICE.email}:${ALICE.apiToken}`).toString('base64')}`;
      await expect(fetch(`${server.url}/rest/api/3/field`, { headers: { authorization: auth } })).rejects.toThrow();
    } finally {
      await server.close();
    }
  });

  it('latencyMs delays answers on real timers', async () => {
    const sim = createJiraSimulator({ realism: { latencyMs: 30 } });
    const started = Date.now();
    await sim.asApp()('/rest/api/3/field');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('realism: approximate-count lag', () => {
  it('counts the state of approximateCountLagMs ago while search sees the present', async () => {
    const { sim, clock } = seededSite({ realism: { approximateCountLagMs: 60_000 } });
    clock.advance(120_000);
    expect((await count(sim, 'project = TEAM')).json.count).toBe(4);
    sim.addIssue({ project: 'TEAM', type: 'Story', summary: 'late', parent: 'TEAM-1' });
    sim.transition('TEAM-3', 'Done');
    expect((await count(sim, 'project = TEAM')).json.count).toBe(4);
    expect((await count(sim, 'parent = TEAM-1 AND statusCategory = Done')).json.count).toBe(1);
    const search = await call(sim, 'POST', '/rest/api/3/search/jql', {
      jql: 'parent = TEAM-1 AND statusCategory = Done',
    });
    expect(search.json.issues).toHaveLength(2);
    clock.advance(60_000);
    expect((await count(sim, 'project = TEAM')).json.count).toBe(5);
    expect((await count(sim, 'parent = TEAM-1 AND statusCategory = Done')).json.count).toBe(2);
    sim.deleteIssue('TEAM-5');
    expect((await count(sim, 'project = TEAM')).json.count).toBe(5);
    clock.advance(60_000);
    expect((await count(sim, 'project = TEAM')).json.count).toBe(4);
  });
});
