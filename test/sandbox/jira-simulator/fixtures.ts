/** A small seeded site shared by the simulator tests, and a helper to call the simulator and read JSON. */
import {
  createJiraSimulator,
  type Actor,
  type JiraSimulator,
  type SimulatorOptions,
} from '../../../sandbox/jira-simulator';

export const T0 = new Date('2026-03-02T09:00:00.000Z');

export interface FakeClock {
  now(): Date;
  advance(ms: number): void;
  set(d: Date): void;
}

export function fakeClock(start = T0): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (d) => {
      t = d.getTime();
    },
  };
}

export const ALICE = {
  accountId: 'acc-alice',
  displayName: 'Alice Admin',
  email: 'alice@example.com',
  apiToken: 'tok-alice',
  admin: true,
};
export const BOB = { accountId: 'acc-bob', displayName: 'Bob Builder', email: 'bob@example.com', apiToken: 'tok-bob' };

/**
 * TEAM (team-managed): epic TEAM-1 with stories TEAM-2 (3 pts, Done), TEAM-3 (5 pts, In Progress), sub-task TEAM-4
 * under TEAM-2. CORE (company-managed): epic CORE-1 with CORE-2 (8 pts, To Do, fixVersion 1.0) and CORE-3 (bug, Done).
 * Bob may browse TEAM only.
 */
export function seededSite(options: SimulatorOptions = {}): { sim: JiraSimulator; clock: FakeClock } {
  const clock = fakeClock();
  const sim = createJiraSimulator({ seed: 7, clock, ...options });
  sim.addUser(ALICE);
  const team = sim.addProject({ key: 'TEAM', name: 'Team Rocket', style: 'team-managed' });
  sim.addProject({ key: 'CORE', name: 'Core Platform', style: 'company-managed' });
  sim.addUser({ ...BOB, browseProjectIds: [team.id] });
  sim.addVersion('CORE', { name: '1.0', released: false, releaseDate: '2026-06-30' });
  sim.addVersion('CORE', { name: '0.9', released: true, releaseDate: '2026-01-31' });
  sim.addIssue({ project: 'TEAM', type: 'Epic', summary: 'Launch rockets', created: new Date('2026-01-05T10:00:00Z') });
  sim.addIssue({
    project: 'TEAM',
    type: 'Story',
    summary: 'Build pad',
    parent: 'TEAM-1',
    points: 3,
    status: 'Done',
    labels: ['infra'],
    created: new Date('2026-01-10T10:00:00Z'),
  });
  sim.addIssue({
    project: 'TEAM',
    type: 'Story',
    summary: 'Fuel "the" rocket',
    parent: 'TEAM-1',
    points: 5,
    status: 'In Progress',
    created: new Date('2026-02-10T10:00:00Z'),
  });
  sim.addIssue({
    project: 'TEAM',
    type: 'Sub-task',
    summary: 'Pour concrete',
    parent: 'TEAM-2',
    created: new Date('2026-02-11T10:00:00Z'),
  });
  sim.addIssue({ project: 'CORE', type: 'Epic', summary: 'Platform v1', created: new Date('2026-01-06T10:00:00Z') });
  sim.addIssue({
    project: 'CORE',
    type: 'Story',
    summary: 'API gateway',
    parent: 'CORE-1',
    points: 8,
    fixVersions: ['1.0'],
    labels: ['api', 'Infra'],
    created: new Date('2026-02-01T10:00:00Z'),
  });
  sim.addIssue({
    project: 'CORE',
    type: 'Bug',
    summary: "It's broken",
    parent: 'CORE-1',
    status: 'Done',
    created: new Date('2026-03-01T10:00:00Z'),
  });
  return { sim, clock };
}

export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary Jira JSON
}

export async function call(
  sim: JiraSimulator,
  method: string,
  path: string,
  body?: unknown,
  as: Actor = { kind: 'app' },
): Promise<JsonReply> {
  const req = {
    method,
    path,
    headers: { accept: 'application/json' },
    as,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
  const res = await sim.handle(req);
  return { status: res.status, headers: res.headers, json: res.body === '' ? undefined : JSON.parse(res.body) };
}

/** Keys of the issues a JQL search returns (all pages), as the app would read them. */
export async function searchKeys(sim: JiraSimulator, jql: string, as: Actor = { kind: 'app' }): Promise<string[]> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const r = await call(
      sim,
      'POST',
      '/rest/api/3/search/jql',
      { jql, fields: ['key'], maxResults: 5000, nextPageToken },
      as,
    );
    if (r.status !== 200) throw new Error(`search ${jql}: ${r.status} ${JSON.stringify(r.json)}`);
    keys.push(...(r.json.issues as { key: string }[]).map((i) => i.key));
    nextPageToken = r.json.nextPageToken;
  } while (nextPageToken);
  return keys.sort();
}

export async function jqlError(sim: JiraSimulator, jql: string): Promise<string[]> {
  const r = await call(sim, 'POST', '/rest/api/3/search/jql', { jql });
  if (r.status !== 400) throw new Error(`expected 400 for ${jql}, got ${r.status}`);
  expect(r.json.errors).toEqual({});
  return r.json.errorMessages;
}
