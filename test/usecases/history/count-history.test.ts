/**
 * History by counts, on the simulator's site of support/scope-site.ts, hand-computed per day 1–9 October 2026:
 * the issues in scope now are A (created 20 Sep), B (2 Oct), C (10 Sep, moved in 4 Oct), D (1 Aug, done since) and
 * F (1 Sep, moved in 7 Oct). Counted by creation date, scope is A C D F = 4 on 1 Oct and 5 from 2 Oct (B); C and F
 * count from creation, not from their move, which is the way's known limit. Done is status history and exact:
 * D = 1; 3 Oct + A = 2; 5 Oct + B = 3; 6 Oct + C = 4 (support/scope-site.ts DONE_BY_DAY).
 */
import { createJiraSimulator, type JiraSimulator } from '../../../sandbox/jira-simulator';
import { createManualClock } from '../../../sandbox/forge';
import { createJiraClient, type JiraClient } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { countHistory } from '../../../src/usecases/history/count-history';
import { historyCost, rebuildHistory } from '../../../src/usecases/history/rebuild-history';
import { day, DONE_BY_DAY, SCOPE_BY_DAY, seedScopeSite } from './support/scope-site';

const DAYS = Array.from({ length: 9 }, (_, i) => `2026-10-0${i + 1}`);
const COUNTED_SCOPE = [4, 5, 5, 5, 5, 5, 5, 5, 5];
const DONE = DONE_BY_DAY.slice(0, 9);
const PERIOD = { start: '2026-10-01', end: '2026-12-31' };

function setUp(fetch?: (sim: JiraSimulator) => JiraFetch) {
  const clock = createManualClock('2026-10-10T18:00:00.000Z');
  const sim = createJiraSimulator({ seed: 3, clock });
  const site = seedScopeSite(sim);
  const client: JiraClient = createJiraClient(fetch ? fetch(sim) : sim.asApp(), {
    clock,
    sleep: async (ms) => clock.advance(ms),
    retry: { maxAttempts: 2 },
  });
  return { sim, client, ...site };
}

const burnup = (scope: number[], done: number[]) => DAYS.map((date, i) => ({ date, scope: scope[i], done: done[i] }));

describe('history by counts', () => {
  test('scope by creation date and done by status history, two counts a day after one status read', async () => {
    const { client, epicId } = setUp();
    const outcome = await countHistory(client.api, {
      scopeJql: `parent = ${epicId} AND issuetype != "Epic"`,
      days: DAYS,
    });
    expect(outcome).toEqual({ status: 'complete', days: burnup(COUNTED_SCOPE, DONE) });
    const meter = client.meter.snapshot();
    expect(meter.byEndpoint['GET /rest/api/3/status']?.calls).toBe(1);
    expect(meter.byEndpoint['POST /rest/api/3/search/approximate-count']?.calls).toBe(18);
    expect(meter.points).toBe(19);
  });

  test('a project scope counts the same five stories (the epics are left out) and the exact done line', async () => {
    const { client } = setUp();
    const outcome = await countHistory(client.api, { scopeJql: 'project = TEAM AND issuetype != "Epic"', days: DAYS });
    expect(outcome).toEqual({ status: 'complete', days: burnup(COUNTED_SCOPE, DONE) });
  });

  test('done means done at the end of the day: a story reopened on 5 October is not done that day', async () => {
    const { sim, client, epicId, add } = setUp();
    const epicKey = sim.issue(epicId)?.key ?? '';
    const g = add({ project: 'TEAM', type: 'Story', summary: 'G', parent: epicKey, created: day('2026-09-01') });
    sim.transition(g, 'Done', { at: day('2026-10-03'), silent: true });
    sim.transition(g, 'In Progress', { at: day('2026-10-05'), silent: true });
    const days = ['2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06'];
    const outcome = await countHistory(client.api, { scopeJql: `parent = ${epicId} AND issuetype != "Epic"`, days });
    // G joins the counted scope (6) and the done line on 3–4 October: 2 + 1, 2 + 1, then 3 (B) + 0, 4 (C) + 0.
    expect(outcome).toEqual({
      status: 'complete',
      days: days.map((date, i) => ({ date, scope: 6, done: [3, 3, 3, 4][i] })),
    });
  });

  test('rate limited mid-way: the days counted so far come back as a cursor, and the next run counts only the rest', async () => {
    let countsLeft = 6; // three days of two counts go through, then every count answers 429
    let throttled = true;
    const { sim, client, epicId } = setUp((s) => (path, init) => {
      if (path.includes('approximate-count') && throttled) {
        countsLeft -= 1;
        s.setRealism({ throttleRate: countsLeft < 0 ? 1 : 0 });
      }
      return s.asApp()(path, init);
    });
    const input = { scopeJql: `parent = ${epicId} AND issuetype != "Epic"`, days: DAYS };
    const first = await countHistory(client.api, input);
    if (first.status !== 'interrupted') throw new Error('expected an interruption');
    expect(first.reason).toBe('rate-limited');
    expect(first.cursor.days).toEqual(burnup(COUNTED_SCOPE, DONE).slice(0, 3));
    expect(first.cursor.doneStatusIds?.length).toBeGreaterThan(0);

    throttled = false;
    sim.setRealism({ throttleRate: 0 });
    const before = client.meter.snapshot();
    const second = await countHistory(client.api, { ...input, cursor: first.cursor });
    expect(second).toEqual({ status: 'complete', days: burnup(COUNTED_SCOPE, DONE) });
    const after = client.meter.snapshot();
    expect(after.byEndpoint['GET /rest/api/3/status']?.calls).toBe(1); // not read again
    expect(
      (after.byEndpoint['POST /rest/api/3/search/approximate-count']?.calls ?? 0) -
        (before.byEndpoint['POST /rest/api/3/search/approximate-count']?.calls ?? 0),
    ).toBe(12);
  });
});

/** The epic's history on 10 October, as the backfill job asks for it. */
const rebuildEpic = (client: JiraClient, epicId: string) =>
  rebuildHistory(client.api, {
    targets: [{ kind: 'epic', issueId: epicId }],
    includeSubtasks: false,
    period: PERIOD,
    today: '2026-10-10',
    timeZone: 'UTC',
    statusCategoryOf: () => undefined,
  });

describe('choosing the way', () => {
  test('estimated points: changelogs about two per issue, counts two per sampled day plus the status read', () => {
    expect(historyCost(5, 9)).toEqual({ changelogs: 1 + 5 + 1 + 5, counts: 19 });
    expect(historyCost(500, 14)).toEqual({ changelogs: 5 + 500 + 1 + 500, counts: 29 });
  });

  test('five issues under an epic are cheaper by changelogs: the exact days, moves included', async () => {
    const { client, epicId } = setUp();
    const outcome = await rebuildEpic(client, epicId);
    expect(outcome).toEqual({
      status: 'complete',
      strategy: 'changelogs',
      days: DAYS.concat('2026-10-10').map((date, i) => ({ date, scope: SCOPE_BY_DAY[i], done: DONE_BY_DAY[i] })),
    });
  });

  test('nine issues under the epic cost more by changelogs (20 points) than by counts (19): counted, days before today', async () => {
    const { sim, client, epicId, add } = setUp();
    const epicKey = sim.issue(epicId)?.key ?? '';
    for (const n of [1, 2, 3, 4])
      add({ project: 'TEAM', type: 'Story', summary: `E${n}`, parent: epicKey, created: day('2026-10-08') });
    const outcome = await rebuildEpic(client, epicId);
    // E1–E4 join the counted scope on 8 October.
    expect(outcome).toEqual({
      status: 'complete',
      strategy: 'counts',
      days: burnup([4, 5, 5, 5, 5, 5, 5, 9, 9], DONE),
    });
    expect(client.meter.snapshot().points).toBe(1 + 1 + 18);
  });

  test('a site that refuses history clauses in a count: an epic scope is rebuilt from changelogs instead', async () => {
    const refusing =
      (sim: JiraSimulator): JiraFetch =>
      async (path, init) => {
        if (path.includes('approximate-count') && String(init?.body ?? '').includes(' WAS ')) {
          const body = JSON.stringify({ errorMessages: ['History searches are not supported here.'], errors: {} });
          return { status: 400, headers: { get: () => 'application/json' }, text: async () => body };
        }
        return sim.asApp()(path, init);
      };
    const { sim, client, epicId, add } = setUp(refusing);
    const epicKey = sim.issue(epicId)?.key ?? '';
    for (const n of [1, 2, 3, 4])
      add({ project: 'TEAM', type: 'Story', summary: `E${n}`, parent: epicKey, created: day('2026-10-08') });
    const outcome = await rebuildEpic(client, epicId);
    // Exact days: the scope of support/scope-site.ts, plus E1–E4 from 8 October.
    const extra = (i: number) => (i >= 7 ? 4 : 0);
    expect(outcome).toEqual({
      status: 'complete',
      strategy: 'changelogs',
      days: DAYS.concat('2026-10-10').map((date, i) => ({
        date,
        scope: (SCOPE_BY_DAY[i] ?? 0) + extra(i),
        done: DONE_BY_DAY[i],
      })),
    });
  });
});
