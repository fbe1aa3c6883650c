/** A seeded simulator listening on a loopback port, with history to read, and a raw basic-auth fetch to it. */
import type { JiraSimulator, ListeningSimulator } from '../../sandbox/jira-simulator';
import { ALICE, seededSite, type FakeClock } from '../sandbox/jira-simulator/fixtures';

export interface Harness {
  sim: JiraSimulator;
  clock: FakeClock;
  server: ListeningSimulator;
  auth: { type: 'basic'; email: string; apiToken: string };
  raw(method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; json: unknown }>;
}

export async function startHarness(): Promise<Harness> {
  const { sim, clock } = seededSite();
  clock.advance(60_000);
  sim.transition('TEAM-3', 'Done', { actor: ALICE.accountId });
  sim.setParent('CORE-2', null);
  sim.setParent('CORE-2', 'CORE-1');
  sim.updateFields('CORE-2', { points: 13, assignee: ALICE.accountId });
  const server = await sim.listen(0);
  const header = `Basic ${Buffer.from(`${ALICE.email}:${ALICE.apiToken}`).toString('base64')}`;
  return {
    sim,
    clock,
    server,
    auth: { type: 'basic', email: ALICE.email, apiToken: ALICE.apiToken },
    async raw(method, path, body) {
      const init: RequestInit = {
        method,
        headers: { authorization: header, accept: 'application/json', 'content-type': 'application/json' },
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const res = await fetch(`${server.url}${path}`, init);
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        json: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
    },
  };
}
