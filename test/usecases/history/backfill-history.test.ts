import { createJiraSimulator, type JiraSimulator } from '../../../sandbox/jira-simulator';
import type { StatusCategory } from '../../../src/domain';
import { createJiraClient } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { backfillHistory, type BackfillInput } from '../../../src/usecases/history/backfill-history';

// Simulated time: the client's sleep (retry waits) moves the clock the simulator and the client share.
let nowMs = Date.parse('2026-10-10T18:00:00.000Z');
const clock = { now: () => new Date(nowMs) };
const sleep = async (ms: number) => {
  nowMs += ms;
};
const day = (d: string) => new Date(`${d}T12:00:00.000Z`);

/**
 * TEAM-1 is the scope's epic, TEAM-2 another epic. By hand, per day 1–10 October (UTC):
 * A in progress 25 Sep, done 3 Oct. B created 2 Oct, done 5 Oct. C moved in from TEAM-2 on 4 Oct, done 6 Oct. D created
 * done in August and never touched since (its changelog is not read). F created without a parent, put under the epic on
 * 7 Oct. (Leaving the scope is pinned by the domain tests: the search finds the epic's children as they are now.)
 */
const EXPECTED = {
  scope: [2, 3, 3, 4, 4, 4, 5, 5, 5, 5],
  done: [1, 1, 2, 2, 3, 4, 4, 4, 4, 4],
};

function seed(): { sim: JiraSimulator; epicId: string } {
  const sim = createJiraSimulator({ seed: 3, clock });
  sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const silent = { silent: true };
  const add = (s: Parameters<JiraSimulator['addIssue']>[0]) => sim.addIssue(s, silent).key;
  const epic = add({ project: 'TEAM', type: 'Epic', summary: 'Scope', created: day('2026-07-01') });
  const other = add({ project: 'TEAM', type: 'Epic', summary: 'Other', created: day('2026-07-01') });
  const child = (summary: string, created: string, parent?: string, status?: 'Done') =>
    add({
      project: 'TEAM',
      type: 'Story',
      summary,
      created: day(created),
      ...(parent ? { parent } : {}),
      ...(status ? { status } : {}),
    });
  const a = child('A', '2026-09-20', epic);
  sim.transition(a, 'In Progress', { at: day('2026-09-25'), silent: true });
  sim.transition(a, 'Done', { at: day('2026-10-03'), silent: true });
  const b = child('B', '2026-10-02', epic);
  sim.transition(b, 'Done', { at: day('2026-10-05'), silent: true });
  const c = child('C', '2026-09-10', other);
  sim.setParent(c, epic, { at: day('2026-10-04'), silent: true });
  sim.transition(c, 'Done', { at: day('2026-10-06'), silent: true });
  child('D', '2026-08-01', epic, 'Done');
  const f = child('F', '2026-09-01');
  sim.setParent(f, epic, { at: day('2026-10-07'), silent: true });
  // One issue outside the scope in each status, so the test can learn status ids the way an app would.
  for (const status of ['To Do', 'In Progress', 'Done'] as const)
    add({ project: 'TEAM', type: 'Task', summary: status, status });
  return { sim, epicId: sim.issue(epic)?.id ?? '' };
}

function counting(inner: JiraFetch, onCall: (path: string) => void): JiraFetch {
  return (path, init) => {
    onCall(path);
    return inner(path, init);
  };
}

async function categoriesOf(sim: JiraSimulator): Promise<Map<string, StatusCategory>> {
  const { api } = createJiraClient(sim.asApp(), { clock });
  const found = await api.searchJql({ jql: 'project = TEAM', fields: ['status'], maxResults: 100 });
  const map = new Map<string, StatusCategory>();
  for (const issue of found.issues ?? []) {
    const status = issue.fields?.['status'] as { id: string; statusCategory: { key: StatusCategory } };
    map.set(status.id, status.statusCategory.key);
  }
  return map;
}

const input = (epicId: string, categories: Map<string, StatusCategory>): BackfillInput => ({
  epicIds: [epicId],
  period: { start: '2026-10-01', end: '2026-12-31' },
  today: '2026-10-10',
  timeZone: 'UTC',
  statusCategoryOf: (id) => categories.get(id),
});

const lines = (days: { scope: number; done: number }[]) => ({
  scope: days.map((d) => d.scope),
  done: days.map((d) => d.done),
});

describe('backfillHistory', () => {
  it('rebuilds the scope and done lines from the simulator, hand-checked, in two calls', async () => {
    const { sim, epicId } = seed();
    const categories = await categoriesOf(sim);
    const jira = createJiraClient(sim.asApp(), { clock });
    const outcome = await backfillHistory(jira.api, input(epicId, categories));
    if (outcome.status !== 'complete') throw new Error(`interrupted: ${outcome.reason}`);
    expect(outcome.days.map((d) => d.date)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`),
    );
    expect(lines(outcome.days)).toEqual(EXPECTED);
    // One search and one changelog page (for A, B, C and F: D was not updated since before the period).
    expect(outcome.issues).toBe(5);
    expect(jira.meter.snapshot().calls).toBe(2);
  });

  it('without a status lookup, categories are learned from the issues whose current status a change went to', async () => {
    const { sim, epicId } = seed();
    const outcome = await backfillHistory(createJiraClient(sim.asApp(), { clock }).api, {
      ...input(epicId, new Map()),
      statusCategoryOf: () => undefined,
    });
    expect(outcome.status === 'complete' && lines(outcome.days)).toEqual(EXPECTED);
  });

  it('an interruption by rate limits comes back as a cursor, and resuming reads only what is left', async () => {
    const { sim, epicId } = seed();
    const categories = await categoriesOf(sim);
    let changelogCalls = 0;
    let searches = 0;
    const transport = counting(sim.asApp(), (path) => {
      if (path.includes('changelog/bulkfetch')) {
        changelogCalls += 1;
        // Jira starts throttling on the second page.
        if (changelogCalls === 2) sim.setRealism({ throttleRate: 1 });
      } else searches += 1;
    });
    const jira = createJiraClient(transport, { clock, sleep, retry: { maxAttempts: 2 } });
    const paged = { ...input(epicId, categories), changelogPageSize: 2 };

    const first = await backfillHistory(jira.api, paged);
    if (first.status !== 'interrupted') throw new Error('expected an interruption');
    expect(first.reason).toBe('rate-limited');
    expect(first.cursor.issues).toHaveLength(5);
    expect(first.cursor.nextPageToken).toEqual(expect.any(String));

    sim.setRealism({ throttleRate: 0 });
    const searchesBefore = searches;
    const callsBefore = changelogCalls;
    // The cursor is plain JSON: it survives being stored between invocations.
    const resumed = await backfillHistory(jira.api, { ...paged, cursor: JSON.parse(JSON.stringify(first.cursor)) });
    if (resumed.status !== 'complete') throw new Error('expected completion');
    expect(lines(resumed.days)).toEqual(EXPECTED);
    expect(searches).toBe(searchesBefore);
    // 6 status/parent histories in pages of 2 = 3 pages; the first was read before the interruption.
    expect(changelogCalls - callsBefore).toBe(2);
  });

  it('server errors interrupt too, before the search completed', async () => {
    const { sim, epicId } = seed();
    sim.setRealism({ errorRate: 1 });
    const jira = createJiraClient(sim.asApp(), { clock, sleep, retry: { maxAttempts: 1 } });
    const outcome = await backfillHistory(jira.api, input(epicId, new Map()));
    expect(outcome).toMatchObject({ status: 'interrupted', reason: 'server-error', cursor: { changes: {}, chunk: 0 } });
    expect(outcome.status === 'interrupted' && outcome.cursor.issues).toBeUndefined();
  });
});
