/**
 * Issue 9, part 3: an event storm. 10,000 transitions across the 2,000 stories of 50 epics in one minute of
 * simulated time (one every 6 ms), each event delivered to the real trigger as it comes and the recompute queue run
 * as jobs fall due (the events harness of test/integration/events). Every push the app makes to the emulated
 * async-events queue is measured against the Forge limits: at most 50 events and 200 KB per push, at most 500
 * events per minute per installation. Recomputes and Jira calls must stay bounded, and the event-maintained
 * progress must equal a full refresh of the final state.
 */
import type { PushEvent } from '@forge/events';
import type { StatusName } from '../../sandbox/jira-simulator/types';
import { createHarness, type Harness } from '../integration/events/support/harness';
import { requestRecompute } from '../../src/usecases/recompute/recompute-job';
import { figure } from './support/figures';
import { progressOf, seedScaledSite, type ScaledSite } from './support/site';

const EPICS = 50;
const STORIES = 40;
const TRANSITIONS = 10_000;
const WINDOW_MS = 60_000;
/**
 * Bounds that do not grow with the number of events: coalescing allows a few recomputes per KR in the minute, and
 * each issue is fetched from Jira at most once (the app remembers what it saw), plus a few lookups.
 */
const BOUND = { recomputes: 4 * (EPICS + 1), calls: EPICS * STORIES + 10 };
const PART = '3 event storm';
const SCENARIO = '10,000 transitions / 50 epics / 1 min';

/** Forge async events: https://developer.atlassian.com/platform/forge/platform-quotas-and-limits/ */
const LIMITS = { eventsPerPush: 50, bytesPerPush: 200 * 1024, eventsPerMinute: 500 };

interface Push {
  at: number;
  events: number;
  bytes: number;
}

function measurePushes(h: Harness): Push[] {
  const pushes: Push[] = [];
  // The registry hands every caller the same queue object, the app's services included.
  const queue = h.services.recomputeQueue;
  const push = queue.push.bind(queue);
  queue.push = (events) => {
    const list: PushEvent[] = Array.isArray(events) ? events : [events];
    pushes.push({
      at: h.clock.now().getTime(),
      events: list.length,
      bytes: Buffer.byteLength(JSON.stringify(list)),
    });
    return push(events);
  };
  return pushes;
}

/** The most events pushed in any sliding minute. */
function busiestMinute(pushes: readonly Push[]): number {
  let most = 0;
  for (const p of pushes) {
    const inWindow = pushes.filter((q) => q.at >= p.at && q.at < p.at + WINDOW_MS);
    most = Math.max(
      most,
      inWindow.reduce((n, q) => n + q.events, 0),
    );
  }
  return most;
}

let h: Harness;
let site: ScaledSite;
let pushes: Push[];
let stats: { events: number; runs: number; recomputes: number; calls: number; storedAfterStorm: unknown };

beforeAll(async () => {
  h = createHarness();
  site = await seedScaledSite(h, EPICS, STORIES);
  await requestRecompute(h.services, site.krIds, 'manual');
  await h.drain();
  const keys = site.storyKeys.flat();
  const next: Record<StatusName, StatusName> = {
    'To Do': 'In Progress',
    'In Progress': 'Done',
    'In Review': 'Done',
    Done: 'To Do',
  };
  pushes = measurePushes(h);
  h.sim.meter.reset();
  const runsBefore = h.runs.length;
  let events = 0;
  for (let i = 0; i < TRANSITIONS; i += 1) {
    h.clock.advance(WINDOW_MS / TRANSITIONS);
    // Round-robin over the epics, so every epic's KR is hit throughout the minute.
    const key = keys[(i % EPICS) * STORIES + (Math.floor(i / EPICS) % STORIES)]!;
    h.sim.transition(key, next[h.sim.issue(key)!.status]);
    events += h.pending.length;
    await h.deliver();
    await h.deliverDue();
  }
  await h.drain();
  const runs = h.runs.slice(runsBefore);
  stats = {
    events,
    runs: runs.length,
    recomputes: runs.reduce((n, r) => n + r.recomputed.length, 0),
    calls: h.sim.meter.calls,
    storedAfterStorm: await progressOf(h, site.krIds),
  };
  const busiest = busiestMinute(pushes);
  figure(PART, SCENARIO, 'issue events', stats.events);
  figure(PART, SCENARIO, 'KRs touched', site.krIds.length);
  figure(PART, SCENARIO, 'queue pushes', pushes.length);
  figure(
    PART,
    SCENARIO,
    'events pushed',
    pushes.reduce((n, p) => n + p.events, 0),
  );
  figure(PART, SCENARIO, 'max events per push', Math.max(...pushes.map((p) => p.events)), `≤ ${LIMITS.eventsPerPush}`);
  figure(PART, SCENARIO, 'max bytes per push', Math.max(...pushes.map((p) => p.bytes)), '≤ 204,800 (200 KB)');
  figure(PART, SCENARIO, 'max events pushed in a minute', busiest, `≤ ${LIMITS.eventsPerMinute} per installation`);
  figure(PART, SCENARIO, 'consumer runs', stats.runs);
  figure(PART, SCENARIO, 'KR recomputes', stats.recomputes, `≤ ${BOUND.recomputes} (4 per KR)`);
  figure(PART, SCENARIO, 'Jira calls', stats.calls, `≤ ${BOUND.calls} (1 per issue + 10)`);
  figure(PART, SCENARIO, 'Jira points', h.sim.meter.points);
}, 180_000);

it('delivered 10,000 issue events', () => {
  expect(stats.events).toBe(TRANSITIONS);
});

it('kept every push within 50 events and 200 KB, and under 500 events a minute', () => {
  expect(pushes.length).toBeGreaterThan(0);
  for (const p of pushes) {
    expect(p.events).toBeLessThanOrEqual(LIMITS.eventsPerPush);
    expect(p.bytes).toBeLessThanOrEqual(LIMITS.bytesPerPush);
  }
  expect(busiestMinute(pushes)).toBeLessThanOrEqual(LIMITS.eventsPerMinute);
});

it('bounded the recomputes and the Jira calls', () => {
  expect(stats.recomputes).toBeLessThanOrEqual(BOUND.recomputes);
  expect(stats.calls).toBeLessThanOrEqual(BOUND.calls);
});

it('left every KR where a full refresh of the final state puts it', async () => {
  await requestRecompute(h.services, site.krIds, 'manual');
  await h.drain();
  expect(stats.storedAfterStorm).toEqual(await progressOf(h, site.krIds));
});
