/**
 * History on link, end to end on the simulator: creating a KR over an epic (or linking one) queues a backfill job on
 * the recompute queue; the real consumer rebuilds the burn-up from changelogs and stores the days before today as
 * snapshots, keeping any snapshot already taken; an interruption by rate limits re-queues the job with its cursor.
 */
import { anObjective, createHarness, OWNER, storeOkrs, type Harness } from '../../integration/events/support/harness';
import type { JiraSimulator } from '../../../sandbox/jira-simulator';
import { DONE_BY_DAY, SCOPE_BY_DAY, seedScopeSite } from './support/scope-site';
import type { KeyResult, Target } from '../../../src/domain';
import { createJiraClient } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { collectAll } from '../../../src/store';
import { createKeyResult } from '../../../src/usecases/key-results/create-key-result';
import { linkTarget } from '../../../src/usecases/links/link-target';
import { backfillable, BackfillJob } from '../../../src/usecases/history/backfill-job';
import { runBackfillJob } from '../../../src/usecases/history/run-backfill-job';
import type { Caller } from '../../../src/usecases/objectives/caller';
import { keyResultDetail } from '../../../src/usecases/views/key-result-detail';

/** Today is 10 October 2026 (UTC, the default site zone): the backfill writes 1–9 October; today is the daily job's. */
const TODAY = '2026-10-10T18:00:00.000Z';
const caller: Caller = { accountId: OWNER, isAdmin: async () => false };

/** The days the backfill writes (1–9 October; today is the daily job's) of support/scope-site.ts. */
const SCOPE = SCOPE_BY_DAY.slice(0, 9);
const DONE = DONE_BY_DAY.slice(0, 9);
const DATES = Array.from({ length: 9 }, (_, i) => `2026-10-0${i + 1}`);

function seedSite(sim: JiraSimulator): { epicId: string; otherEpicId: string } {
  sim.addUser({ accountId: OWNER, displayName: 'Owner', email: 'owner@example.com', apiToken: 't' });
  const { epicId, otherEpicId } = seedScopeSite(sim);
  return { epicId, otherEpicId };
}

async function snapshotsOf(h: Harness, keyResultId: string) {
  return collectAll((page) => h.services.repos.snapshots.listByKeyResult(keyResultId, page), { limit: 100 });
}

async function setUp() {
  const h = createHarness({ start: TODAY });
  const site = seedSite(h.sim);
  await storeOkrs(h.services, [anObjective('obj-1')], []);
  return { h, ...site };
}

const newKr = (epicId: string) => ({
  objectiveId: 'obj-1',
  title: 'Checkout ships',
  ownerIds: [OWNER],
  kind: 'committed' as const,
  weight: 1,
  source: {
    type: 'jira' as const,
    measure: 'count' as const,
    targets: [{ kind: 'epic' as const, issueId: epicId }],
    includeSubtasks: false,
  },
});

describe('history backfill on link', () => {
  test('creating a KR over an epic fills 1–9 October from changelogs; a daily snapshot already taken is kept', async () => {
    const { h, epicId } = await setUp();
    const created = await createKeyResult(h.services, caller, newKr(epicId));
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    // A daily snapshot of 5 October exists already (taken with another count): it is the truth of that day.
    await h.services.repos.snapshots.save({
      keyResultId: id,
      date: '2026-10-05',
      progress: 0.5,
      scopeIssues: 4,
      doneIssues: 2,
    });

    await h.drain();

    const stored = await snapshotsOf(h, id);
    expect(stored.map((s) => s.date)).toEqual(DATES);
    expect(stored.map((s) => s.scopeIssues)).toEqual([2, 3, 3, 4, 4, 4, 5, 5, 5]);
    // 5 October kept at 2 done (the backfill would say 3); every other day as rebuilt.
    expect(stored.map((s) => s.doneIssues)).toEqual([1, 1, 2, 2, 2, 4, 4, 4, 4]);
    // 1 October: 1 done of 2 = 0.5; 9 October: 4 of 5 = 0.8.
    expect(stored[0]?.progress).toBe(0.5);
    expect(stored[8]?.progress).toBe(0.8);

    // The KR detail's burn-up shows the scope line and the done line separately, in issues.
    const detail = await keyResultDetail(h.services, caller, id);
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.burnup.map((p) => p.scope)).toEqual([2, 3, 3, 4, 4, 4, 5, 5, 5]);
    expect(detail.value.burnup.map((p) => p.done)).toEqual([1, 1, 2, 2, 2, 4, 4, 4, 4]);
  });

  test('a KR over a project is backfilled by counts: the stories by creation, done exactly, one day each 1–9 October', async () => {
    const { h } = await setUp();
    const projectId = h.sim.issues().find((i) => i.key.startsWith('TEAM-'))?.projectId ?? '';
    const kr = newKr('0');
    kr.source = { ...kr.source, targets: [{ kind: 'project', projectId }] as never };
    const created = await createKeyResult(h.services, caller, kr);
    if (!created.ok) throw new Error(created.error.message);
    await h.drain();
    // Project TEAM's stories are A B C D F (the two epics are left out). By creation: A C D F on 1 October, + B on the
    // 2nd; done as in support/scope-site.ts.
    const stored = await snapshotsOf(h, created.value.id);
    expect(stored.map((s) => s.date)).toEqual(DATES);
    expect(stored.map((s) => s.scopeIssues)).toEqual([4, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(stored.map((s) => s.doneIssues)).toEqual(DONE);
  });

  test('idempotent: the same backfill again writes nothing and changes nothing', async () => {
    const { h, epicId } = await setUp();
    const created = await createKeyResult(h.services, caller, newKr(epicId));
    if (!created.ok) throw new Error(created.error.message);
    await h.drain();
    const before = await snapshotsOf(h, created.value.id);
    expect(before.map((s) => [s.scopeIssues, s.doneIssues])).toEqual(SCOPE.map((s, i) => [s, DONE[i]]));

    const again = await runBackfillJob(h.services, { kind: 'backfill', keyResultId: created.value.id });
    expect(again).toEqual({ status: 'done', keyResultId: created.value.id, days: 10, written: 0, kept: 9 });
    expect(await snapshotsOf(h, created.value.id)).toEqual(before);
  });

  test('linking an epic to an existing KR queues a backfill too', async () => {
    const { h, epicId, otherEpicId } = await setUp();
    const created = await createKeyResult(h.services, caller, newKr(otherEpicId));
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    // Nothing but the other epic's history has been drained yet: drop its jobs to see what linking queues.
    await h.drain();
    for (const s of await snapshotsOf(h, id)) await h.services.repos.snapshots.delete(id, s.date);

    const linked = await linkTarget(h.services, caller, { keyResultId: id, target: { kind: 'epic', issueId: epicId } });
    expect(linked.ok).toBe(true);
    await h.drain();
    // Both epics now: C was under the other epic before 4 October, so it counts from 1 October (scope + 1 on 1–3 Oct).
    const stored = await snapshotsOf(h, id);
    expect(stored.map((s) => s.scopeIssues)).toEqual([3, 4, 4, 4, 4, 4, 5, 5, 5]);
  });

  test('KRs a backfill cannot rebuild (points, baselines, sub-tasks of epics) queue no backfill; projects and JQL scopes are counted', async () => {
    const { h, epicId } = await setUp();
    const pushed: unknown[] = [];
    const services = {
      ...h.services,
      recomputeQueue: {
        push: async (events: unknown) => {
          pushed.push(...(Array.isArray(events) ? events : [events]));
          return h.services.recomputeQueue.push(events as never);
        },
      },
    };
    const points = newKr(epicId);
    points.source = { ...points.source, measure: 'points' as never };
    const created = await createKeyResult(services as never, caller, points);
    expect(created.ok).toBe(true);
    expect(pushed.filter((e) => BackfillJob.safeParse((e as { body: unknown }).body).success)).toEqual([]);

    const kr = (await h.services.repos.keyResults.get(created.ok ? created.value.id : ''))!;
    const jira = (targets: Target[], extra: { includeSubtasks?: boolean } = {}): KeyResult => ({
      ...kr,
      source: { type: 'jira', measure: 'count', targets, includeSubtasks: extra.includeSubtasks ?? false },
    });
    const epic: Target = { kind: 'epic', issueId: epicId };
    expect(backfillable(jira([epic]))).toBe(true);
    expect(backfillable(jira([epic, { kind: 'project', projectId: '10000' }]))).toBe(true);
    expect(backfillable(jira([{ kind: 'jql', jql: 'project = TEAM' }]))).toBe(true);
    expect(backfillable(jira([{ kind: 'version', versionId: '10010' }], { includeSubtasks: true }))).toBe(true);
    expect(backfillable(jira([epic], { includeSubtasks: true }))).toBe(false);
    expect(backfillable({ ...jira([epic]), baseline: { mode: 'period' } })).toBe(false);
  });

  test('Jira refuses the query (not an outage): the job ends with the reason, writes nothing and is not retried', async () => {
    const { h, epicId } = await setUp();
    const created = await createKeyResult(h.services, caller, newKr(epicId));
    if (!created.ok) throw new Error(created.error.message);
    const refusing: JiraFetch = async (path, init) => {
      if (!path.includes('search/jql')) return h.sim.asApp()(path, init);
      const body = JSON.stringify({ errorMessages: ['The JQL query is not valid.'], errors: {} });
      return { status: 400, headers: { get: () => 'application/json' }, text: async () => body };
    };
    const queued: unknown[] = [];
    const services = {
      repos: h.services.repos,
      clock: h.clock,
      jiraAsApp: () => createJiraClient(refusing, { clock: h.clock, sleep: async (ms) => h.clock.advance(ms) }),
      recomputeQueue: { push: async (events: unknown) => void queued.push(events) as never },
    };
    const outcome = await runBackfillJob(services, { kind: 'backfill', keyResultId: created.value.id });
    expect(outcome).toMatchObject({ status: 'gave-up', keyResultId: created.value.id });
    expect(outcome.status === 'gave-up' && outcome.reason).toMatch(/^Jira refused the backfill: /);
    expect(await snapshotsOf(h, created.value.id)).toEqual([]);
    expect(queued).toEqual([]);
  });

  test('rate limited: the job queues itself again with its cursor, and the next run goes on without searching again', async () => {
    const { h, epicId } = await setUp();
    const created = await createKeyResult(h.services, caller, newKr(epicId));
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    let searches = 0;
    let throttleChangelogs = true;
    const transport: JiraFetch = (path, init) => {
      if (path.includes('changelog/bulkfetch')) h.sim.setRealism({ throttleRate: throttleChangelogs ? 1 : 0 });
      else if (path.includes('search/jql')) searches += 1;
      return h.sim.asApp()(path, init);
    };
    const queued: { body: unknown; delayInSeconds?: number }[] = [];
    const services = {
      repos: h.services.repos,
      clock: h.clock,
      jiraAsApp: () =>
        createJiraClient(transport, {
          clock: h.clock,
          sleep: async (ms) => h.clock.advance(ms),
          retry: { maxAttempts: 2 },
        }),
      recomputeQueue: {
        push: async (events: unknown) => {
          queued.push(...((Array.isArray(events) ? events : [events]) as typeof queued));
          return undefined as never;
        },
      },
    };

    const first = await runBackfillJob(services, { kind: 'backfill', keyResultId: id });
    expect(first).toEqual({
      status: 'requeued',
      keyResultId: id,
      reason: 'Jira was unavailable (rate-limited).',
      attempt: 1,
    });
    expect(queued).toHaveLength(1);
    const job = BackfillJob.parse(queued[0]?.body);
    expect(job.attempt).toBe(1);
    expect((job.cursor as { issues: unknown[] }).issues).toHaveLength(5);
    expect(queued[0]?.delayInSeconds).toBe(60);
    expect(await snapshotsOf(h, id)).toEqual([]);

    throttleChangelogs = false;
    const searchesBefore = searches;
    const second = await runBackfillJob(services, JSON.parse(JSON.stringify(queued[0]?.body)));
    expect(second).toEqual({ status: 'done', keyResultId: id, days: 10, written: 9, kept: 0 });
    expect(searches).toBe(searchesBefore);
    expect((await snapshotsOf(h, id)).map((s) => s.doneIssues)).toEqual(DONE);
  });
});
