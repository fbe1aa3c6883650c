import { createJiraSimulator, type JiraSimulator } from '../../../sandbox/jira-simulator';
import type { StatusCategory } from '../../../src/domain';
import { createJiraClient } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { backfillHistory, type BackfillInput } from '../../../src/usecases/history/backfill-history';
import { DONE_BY_DAY, SCOPE_BY_DAY, seedScopeSite } from './support/scope-site';

// Simulated time: the client's sleep (retry waits) moves the clock the simulator and the client share.
let nowMs = Date.parse('2026-10-10T18:00:00.000Z');
const clock = { now: () => new Date(nowMs) };
const sleep = async (ms: number) => {
  nowMs += ms;
};
/** The site of support/scope-site.ts, its days 1–10 October. */
const EXPECTED = { scope: SCOPE_BY_DAY, done: DONE_BY_DAY };

function seed(): { sim: JiraSimulator; epicId: string } {
  const sim = createJiraSimulator({ seed: 3, clock });
  const { epicId, add } = seedScopeSite(sim);
  // One issue outside the scope in each status, so the test can learn status ids the way an app would.
  for (const status of ['To Do', 'In Progress', 'Done'] as const)
    add({ project: 'TEAM', type: 'Task', summary: status, status });
  return { sim, epicId };
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
