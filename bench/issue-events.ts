/**
 * Jira cost of keeping KRs fresh from issue events (DESIGN "Performance model", issue 4, docs/adr/0007): calls and
 * points per single issue transition, and what a bulk transition of 1,000 issues in one epic costs in recomputes
 * and calls. The real handlers (createApp) run on the emulated Forge platform (kvs, async-events queue, one manual
 * clock) over the Jira simulator's in-process Forge-shaped transport; every Jira call the trigger and the consumer
 * make is counted by the simulator's meter (points: 1 per call + 1 per issue returned). After each phase every KR
 * is checked against a full refresh from Jira, and the script exits non-zero on any difference.
 *
 * Usage: npm run bench:events [-- --seed 7]. Prints a table, then one JSON line (the last line).
 */
import '../sandbox/server/esm-only-packages';
import type { AsyncEvent } from '@forge/events';
import { createInvoker, createKvsEmulator, createManualClock, createQueueRegistry } from '../sandbox/forge';
import { createJiraSimulator, type StatusName } from '../sandbox/jira-simulator';
import { createApp } from '../src/app';
import type { KeyResult, Objective, Target } from '../src/domain';
import type { Platform } from '../src/platform';
import { createServices, RECOMPUTE_QUEUE } from '../src/services';
import { ENTITIES } from '../src/store/entities';
import { recomputeKeyResults } from '../src/usecases/recompute/recompute-key-results';
import { EVENT_WINDOW_SECONDS, requestRecompute } from '../src/usecases/recompute/recompute-job';
import type { RecomputeJobOutcome } from '../src/usecases/recompute/run-recompute-job';
import { createRandom } from './lib/random';

const GOAL = { callsPerTransition: 1, pointsPerTransition: 2, bulkRecomputes: 20 };
const BULK = 1_000;
const START = '2026-10-05T09:00:00.000Z';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : Number(process.argv[i + 1]);
  return value === undefined || !Number.isFinite(value) ? fallback : value;
}

async function main() {
  const seed = argument('seed', 7);
  const random = createRandom(seed);
  const clock = createManualClock(START);
  const sim = createJiraSimulator({ seed, clock });
  const queues = createQueueRegistry({ clock });
  const storage = createKvsEmulator({ entities: ENTITIES, clock });
  const kvsRequests = () => [...storage.requests.values()].reduce((a, b) => a + b, 0);
  const platform: Platform = {
    kvs: storage.kvs,
    jira: sim,
    queue: (key) => queues.queue(key),
    clock,
    sleep: (ms) => Promise.resolve(clock.advance(ms)),
  };
  const app = createApp(platform);
  const services = createServices(platform);
  const invoker = createInvoker();
  const queue = queues.queue(RECOMPUTE_QUEUE);
  const runs: RecomputeJobOutcome[] = [];
  const consumer = async (event: AsyncEvent, context: unknown) => {
    const outcome = (await app.onRecompute(event, context)) as RecomputeJobOutcome;
    runs.push(outcome);
    return outcome;
  };
  const pending: Parameters<Parameters<typeof sim.onEvent>[0]>[0][] = [];
  sim.onEvent((event) => pending.push(event));
  const deliver = async () => {
    for (const event of pending.splice(0)) await invoker.trigger(app.onIssueEvent, event);
  };

  // The site: two projects, a 1,000-issue epic, 24 epics of 12–40 issues, sub-tasks, two versions; seeded silently.
  sim.addProject({ key: 'APP', name: 'App', style: 'team-managed' });
  sim.addProject({ key: 'OPS', name: 'Ops', style: 'company-managed' });
  const versions = [sim.addVersion('OPS', { name: '1.0' }), sim.addVersion('OPS', { name: '2.0' })];
  const silent = { silent: true };
  const statuses: StatusName[] = ['To Do', 'To Do', 'In Progress', 'Done'];
  const big = sim.addIssue({ project: 'APP', type: 'Epic', summary: 'Big' }, silent);
  const bigStories = Array.from({ length: BULK }, (_, i) =>
    sim.addIssue(
      { project: 'APP', type: 'Story', summary: `Big ${i}`, parent: big.key, points: random.pick([1, 2, 3, 5]) },
      silent,
    ),
  );
  const epics: string[] = [];
  const small: string[] = [];
  for (let e = 0; e < 24; e += 1) {
    const projectKey = e % 2 === 0 ? 'APP' : 'OPS';
    const epic = sim.addIssue({ project: projectKey, type: 'Epic', summary: `Epic ${e}` }, silent);
    epics.push(epic.id);
    for (let i = random.int(12, 40); i > 0; i -= 1) {
      const story = sim.addIssue(
        {
          project: projectKey,
          type: random.chance(0.2) ? 'Bug' : 'Story',
          summary: `Story ${e}.${i}`,
          parent: epic.key,
          status: random.pick(statuses),
          ...(random.chance(0.85) ? { points: random.pick([1, 2, 3, 5, 8]) } : {}),
          ...(projectKey === 'OPS' && random.chance(0.4) ? { fixVersions: [random.pick(versions).name] } : {}),
        },
        silent,
      );
      small.push(story.key);
      if (random.chance(0.15))
        sim.addIssue(
          {
            project: projectKey,
            type: projectKey === 'APP' ? 'Subtask' : 'Sub-task',
            summary: 'Sub',
            parent: story.key,
            points: 1,
          },
          silent,
        );
    }
  }

  // 20 KRs: count and points over one to three epics (one including sub-tasks), the big epic twice, a project and
  // a version; five objectives.
  const target = {
    epic: (id: string): Target => ({ kind: 'epic', issueId: id }),
    project: (key: string): Target => ({ kind: 'project', projectId: sim.project(key)!.id }),
    version: (id: string): Target => ({ kind: 'version', versionId: id }),
  };
  const objectives: Objective[] = Array.from({ length: 5 }, (_, i) => ({
    id: `O${i}`,
    title: `Objective ${i}`,
    periodId: '2026-Q4',
    level: 'team',
    ownerIds: ['acc-owner'],
    state: 'active',
    version: 0,
    createdAt: START,
    updatedAt: START,
  }));
  const kr = (id: string, measure: 'count' | 'points', targets: Target[], includeSubtasks = false): KeyResult => ({
    id,
    objectiveId: `O${Number(id.slice(3)) % 5}`,
    title: id,
    ownerIds: ['acc-owner'],
    kind: 'committed',
    weight: 1,
    source: { type: 'jira', measure, targets, includeSubtasks },
    periodId: '2026-Q4',
    version: 0,
    createdAt: START,
    updatedAt: START,
  });
  const keyResults: KeyResult[] = [
    kr('kr-0', 'count', [target.epic(big.id)]),
    kr('kr-1', 'points', [target.epic(big.id)]),
    kr('kr-2', 'count', [target.project('OPS')]),
    kr('kr-3', 'points', [target.version(versions[0]!.id)]),
    kr('kr-4', 'points', [target.epic(epics[0]!), target.epic(epics[1]!)], true),
  ];
  for (let i = 5; i < 20; i += 1) {
    const n = random.int(1, 3);
    const mine = Array.from({ length: n }, (_, j) => target.epic(epics[(i * 3 + j) % epics.length]!));
    keyResults.push(kr(`kr-${i}`, i % 3 === 0 ? 'points' : 'count', mine));
  }
  for (const o of objectives) await services.repos.objectives.create(o);
  for (const k of keyResults) {
    await services.repos.keyResults.create(k);
    if (k.source.type === 'jira') {
      for (const t of k.source.targets)
        await services.repos.links.add({ keyResultId: k.id, target: t, createdBy: 'acc-owner', createdAt: START });
    }
  }
  const ids = keyResults.map((k) => k.id);

  // Jira's meter, less the calls the correctness checks make (they are not the events' cost).
  const checks = { calls: 0, points: 0 };
  const meter = () => ({ calls: sim.meter.calls - checks.calls, points: sim.meter.points - checks.points });
  const since = (before: { calls: number; points: number }) => {
    const now = meter();
    return { calls: now.calls - before.calls, points: now.points - before.points };
  };
  const drain = () => queue.drain(consumer, { clock });

  // Setup: the first full refresh (not part of the event figures).
  let mark = meter();
  await requestRecompute(services, ids, 'manual');
  await drain();
  const setup = since(mark);

  // Phase 1: single transitions. 150 issues outside the big epic each go To Do → In Progress → In Review → Done
  // (or back), interleaved, one change every 30 s: each change is delivered and its recompute runs before the next.
  const walkers = random.shuffle(small).slice(0, 150);
  const flow: StatusName[] = ['In Progress', 'In Review', 'Done', 'To Do'];
  const script = random.shuffle(walkers.flatMap((key) => [0, 1, 2].map((step) => ({ key, step }))));
  const order = new Map<string, number>();
  const plan = script.map(({ key }) => {
    const k = order.get(key) ?? 0;
    order.set(key, k + 1);
    return { key, to: flow[(flow.indexOf(sim.issue(key)!.status as StatusName) + 1 + k) % flow.length]! };
  });
  const single = {
    transitions: 0,
    calls: 0,
    points: 0,
    cold: 0,
    coldCalls: 0,
    coldPoints: 0,
    warm: 0,
    warmCalls: 0,
    warmPoints: 0,
    recomputes: 0,
    incremental: 0,
  };
  const seen = new Set<string>();
  runs.length = 0;
  for (const { key, to } of plan) {
    clock.advance(30_000);
    if (sim.issue(key)!.status === to) continue;
    mark = meter();
    sim.transition(key, to);
    await deliver();
    await drain();
    const cost = since(mark);
    single.transitions += 1;
    single.calls += cost.calls;
    single.points += cost.points;
    if (seen.has(key)) {
      single.warm += 1;
      single.warmCalls += cost.calls;
      single.warmPoints += cost.points;
    } else {
      single.cold += 1;
      single.coldCalls += cost.calls;
      single.coldPoints += cost.points;
    }
    seen.add(key);
  }
  single.recomputes = runs.reduce((n, r) => n + r.recomputed.length, 0);
  single.incremental = runs.reduce((n, r) => n + r.incremental.length, 0);
  const wrongAfterSingles = await check();

  // Phase 2: bulk transitions of the big epic's 1,000 issues, events arriving as Jira makes the changes.
  const bulk = async (to: StatusName, perSecond: number) => {
    runs.length = 0;
    const before = meter();
    const storageBefore = kvsRequests();
    for (const story of bigStories) {
      clock.advance(1000 / perSecond);
      sim.transition(story.key, to);
      await deliver();
      await queue.deliverDue(consumer);
    }
    await drain();
    const cost = since(before);
    const storageRequests = kvsRequests() - storageBefore;
    return {
      storageRequests,
      to,
      perSecond,
      recomputes: runs.reduce((n, r) => n + r.recomputed.length, 0),
      jobs: runs.length,
      incremental: runs.reduce((n, r) => n + r.incremental.length, 0),
      ...cost,
      wrong: await check(),
    };
  };
  const bulks = [await bulk('Done', 20), await bulk('To Do', 20), await bulk('Done', 5), await bulk('To Do', 1000)];
  const [coldBulk] = bulks;

  async function check(): Promise<string[]> {
    const fromEvents = await services.repos.progress.getMany(ids);
    const before = { calls: sim.meter.calls, points: sim.meter.points };
    await recomputeKeyResults(services, ids);
    const fromJira = await services.repos.progress.getMany(ids);
    checks.calls += sim.meter.calls - before.calls;
    checks.points += sim.meter.points - before.points;
    return ids.filter((id) => {
      const a = fromEvents.get(id);
      const b = fromJira.get(id);
      return (
        JSON.stringify([a?.progress, a?.evidence.scope, a?.evidence.points]) !==
        JSON.stringify([b?.progress, b?.evidence.scope, b?.evidence.points])
      );
    });
  }

  const perTransition = {
    calls: round(single.calls / single.transitions),
    points: round(single.points / single.transitions),
  };
  const issues = sim.issues().length;
  console.log(`Issue events, seed ${seed}: real handlers on emulated kvs + queue, Jira simulator in process (asApp)`);
  console.log(
    `site: ${issues} issues (an epic of ${BULK}, 24 epics of 12–40, sub-tasks, 2 versions); ${keyResults.length} KRs ` +
      `(${keyResults.filter((k) => k.source.type === 'jira' && k.source.measure === 'count').length} count); coalescing window ${EVENT_WINDOW_SECONDS} s`,
  );
  console.log(`setup: first full refresh of all KRs: ${setup.calls} calls, ${setup.points} points`);
  console.log('');
  const row = (label: string, n: number, calls: number, points: number) =>
    console.log(
      `| ${label.padEnd(40)} | ${pad(n, 11)} | ${pad(calls, 10)} | ${pad(points, 6)} | ${pad(round(calls / Math.max(1, n)), 10)} | ${pad(round(points / Math.max(1, n)), 11)} |`,
    );
  console.log(
    '| single transitions, one every 30 s       | transitions | Jira calls | points | calls each | points each |',
  );
  console.log(
    '|------------------------------------------|------------:|-----------:|-------:|-----------:|------------:|',
  );
  row('all', single.transitions, single.calls, single.points);
  row('first event on an issue', single.cold, single.coldCalls, single.coldPoints);
  row('later events on the same issue', single.warm, single.warmCalls, single.warmPoints);
  console.log(
    `KR recomputes: ${single.recomputes}, of which from events alone ${single.incremental}; KRs differing from a full refresh: ${wrongAfterSingles.length}`,
  );
  console.log('');
  console.log(
    '| bulk: 1,000 issues of one epic  | events/s | jobs | KR recomputes | from events alone | Jira calls | points | kvs requests | wrong KRs |',
  );
  console.log(
    '|---------------------------------|---------:|-----:|--------------:|------------------:|-----------:|-------:|-------------:|----------:|',
  );
  for (const b of bulks) {
    const label = `→ ${b.to}${b === coldBulk ? ' (issues never seen)' : ' (issues known)'}`;
    console.log(
      `| ${label.padEnd(31)} | ${pad(b.perSecond, 8)} | ${pad(b.jobs, 4)} | ${pad(b.recomputes, 13)} | ${pad(b.incremental, 17)} | ${pad(b.calls, 10)} | ${pad(b.points, 6)} | ${pad(b.storageRequests, 12)} | ${pad(b.wrong.length, 9)} |`,
    );
  }
  console.log('');
  const ok = {
    calls: perTransition.calls <= GOAL.callsPerTransition,
    points: perTransition.points <= GOAL.pointsPerTransition,
    bulk: bulks.every((b) => b.recomputes <= GOAL.bulkRecomputes),
  };
  console.log(
    `- calls per transition: ${perTransition.calls} (goal ≤ ${GOAL.callsPerTransition}) ${ok.calls ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `- points per transition: ${perTransition.points} (goal ≤ ${GOAL.pointsPerTransition}) ${ok.points ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `- bulk recomputes: ${bulks.map((b) => b.recomputes).join(', ')} (goal ≤ ${GOAL.bulkRecomputes}) ${ok.bulk ? 'ok' : 'MISSED'}`,
  );
  const wrong = [...wrongAfterSingles, ...bulks.flatMap((b) => b.wrong)];
  if (wrong.length > 0) {
    console.error(`KRs differing from a full refresh: ${[...new Set(wrong)].join(', ')}`);
    process.exitCode = 1;
  }
  console.log(
    JSON.stringify({
      bench: 'issue-events',
      callsPerTransition: perTransition.calls,
      pointsPerTransition: perTransition.points,
      bulkTransitions: BULK,
      bulkRecomputes: coldBulk!.recomputes,
      bulkCalls: coldBulk!.calls,
    }),
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const pad = (v: number | string, width: number) =>
  (typeof v === 'number' ? v.toLocaleString('en-US') : v).padStart(width);

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
