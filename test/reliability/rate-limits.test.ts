/**
 * Issue 9, part 1: rate limits. The real handlers (the events harness of test/integration/events) on a 20-epic,
 * 1,000-story site. A 429 storm lasts ten simulated minutes: the Jira simulator answers half the calls
 * `jira-burst-based` (throttleRate 0.5, Retry-After 1–5 s), and a small hourly points quota, starting half a minute
 * before the hour turns, answers `jira-quota-global-based` once spent. Two scenarios, each against a clean run of
 * the same site: a full refresh of every KR, and a burst of 2,000 issue events. Every KR must end at the clean run's
 * exact progress; no call may be repeated before its Retry-After; no stored value may be zeroed or lost.
 */
import { createHarness, type Harness } from '../integration/events/support/harness';
import { recordExchanges, type Exchange } from '../integration/jira/support/recording-transport';
import type { StatusName } from '../../sandbox/jira-simulator/types';
import type { JiraFetch } from '../../src/platform';
import { requestRecompute } from '../../src/usecases/recompute/recompute-job';
import { figure } from './support/figures';
import { progressOf, seedScaledSite, type ScaledSite } from './support/site';

const EPICS = 20;
const STORIES = 50;
const START = '2026-10-05T09:59:30.000Z';
/** A quota the refresh fits in once the hour turns, nearly spent (by other traffic) when the storm begins. */
const STORM = { throttleRate: 0.5, pointsPerHour: 2_000 };
const LEFT_OF_QUOTA = 5;
const STORM_MS = 10 * 60_000;
const PART = '1 rate limits';

type Progress = Awaited<ReturnType<typeof progressOf>>;

/** Records every app call to Jira; the storm (throttling and the small quota) ends STORM_MS after `storm.begin()`. */
function stormyJira(h: Harness) {
  const raw = h.sim.asApp();
  const { fetch, exchanges } = recordExchanges(raw, h.clock);
  let until = Number.POSITIVE_INFINITY;
  // Services build their asApp client lazily, on the first call: from then on every app call goes through here.
  h.sim.asApp = () => (path, init) => {
    if (h.clock.now().getTime() >= until) h.sim.setRealism({ throttleRate: 0, pointsPerHour: 65_000 });
    return fetch(path, init);
  };
  return {
    exchanges,
    async begin() {
      h.sim.setRealism(STORM);
      await spendQuota(h, raw, STORM.pointsPerHour - LEFT_OF_QUOTA);
      until = h.clock.now().getTime() + STORM_MS;
    },
  };
}

/** Other traffic of the app: bulkfetches of `n` issues, each costing 1 + n points, straight to the simulator. */
async function spendQuota(h: Harness, fetch: JiraFetch, points: number) {
  const ids = h.sim.issues().map((i) => i.id);
  for (let left = points; left > 1;) {
    const n = Math.min(left - 1, 99, ids.length);
    const response = await fetch('/rest/api/3/issue/bulkfetch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ issueIdsOrKeys: ids.slice(0, n), fields: ['status'] }),
    });
    if (response.status === 200) left -= n + 1;
    else if (response.headers.get('RateLimit-Reason')?.startsWith('jira-quota')) break;
  }
}

/** Drains the queue run by run, checking the stored progress after each consumer run. */
async function drainChecking(h: Harness, ids: readonly string[], check: (now: Progress) => void) {
  const runs = h.runs.length;
  while (h.queued() > 0) {
    const before = h.runs.length;
    await h.deliverDue();
    if (h.runs.length === before) h.clock.advance(1_000);
    else check(await progressOf(h, ids));
  }
  return h.runs.length - runs;
}

function rateLimitFigures(scenario: string, exchanges: readonly Exchange[]) {
  const limited = exchanges.filter((e) => e.status === 429);
  const reasons = new Set(limited.map((e) => e.rateLimitReason));
  let retries = 0;
  let early = 0;
  exchanges.forEach((e, i) => {
    if (e.status !== 429) return;
    const retry = exchanges.slice(i + 1).find((later) => later.call === e.call);
    if (!retry) return;
    retries += 1;
    if (e.retryAfterMs !== undefined && retry.sentAt < e.answeredAt + e.retryAfterMs) early += 1;
  });
  figure(PART, scenario, 'Jira calls', exchanges.length);
  figure(PART, scenario, '429 answers', limited.length, '50% of calls throttled for 10 min');
  figure(PART, scenario, '429 reasons', [...reasons].sort().join(' + '));
  figure(PART, scenario, 'repeats of a 429ed call', retries);
  figure(PART, scenario, 'repeats before Retry-After', early, '0');
  return { limited, reasons, early };
}

const fresh = (p: Progress[string]) => p !== undefined && !p.stale;

describe('full refresh of a 1,000-issue site in a 429 storm (burst and quota)', () => {
  let clean: Progress;
  let h: Harness;
  let site: ScaledSite;
  let jira: ReturnType<typeof stormyJira>;
  const wrong: string[] = [];

  beforeAll(async () => {
    const reference = createHarness({ start: START });
    const refSite = await seedScaledSite(reference, EPICS, STORIES);
    await requestRecompute(reference.services, refSite.krIds, 'manual');
    await reference.drain();
    clean = await progressOf(reference, refSite.krIds);

    h = createHarness({ start: START });
    site = await seedScaledSite(h, EPICS, STORIES);
    jira = stormyJira(h);
    await jira.begin();
    await requestRecompute(h.services, site.krIds, 'manual');
    const runs = await drainChecking(h, site.krIds, (now) => {
      for (const id of site.krIds) {
        if (fresh(now[id]) && JSON.stringify(now[id]) !== JSON.stringify(clean[id])) wrong.push(id);
      }
    });
    figure(PART, 'full refresh', 'KRs', site.krIds.length);
    figure(PART, 'full refresh', 'consumer runs', runs);
    figure(PART, 'full refresh', 'KR refreshes retried by the queue', h.runs.flatMap((r) => r.retried).length);
  });

  it('ends with every KR at the clean run’s exact progress, none stale', async () => {
    expect(Object.values(clean).every(fresh)).toBe(true);
    expect(await progressOf(h, site.krIds)).toEqual(clean);
  });

  it('met both kinds of 429 and never repeated a call before its Retry-After', () => {
    const { limited, reasons, early } = rateLimitFigures('full refresh', jira.exchanges);
    expect(limited.length).toBeGreaterThan(0);
    expect(reasons).toEqual(new Set(['jira-burst-based', 'jira-quota-global-based']));
    expect(early).toBe(0);
  });

  it('never stored a fresh value other than the clean one on the way', () => {
    expect(wrong).toEqual([]);
  });
});

describe('a burst of 2,000 issue events in a 429 storm', () => {
  let clean: Progress;
  let before: Progress;
  let h: Harness;
  let site: ScaledSite;
  let jira: ReturnType<typeof stormyJira>;
  const lost: string[] = [];

  /** Every story moves twice (To Do → In Progress → Done → To Do → …): 2,000 transitions, 10 ms apart. */
  async function burst(target: Harness, s: ScaledSite, deliverAsTheyCome: boolean) {
    const next: Record<StatusName, StatusName> = {
      'To Do': 'In Progress',
      'In Progress': 'Done',
      'In Review': 'Done',
      Done: 'To Do',
    };
    let events = 0;
    for (let pass = 0; pass < 2; pass += 1) {
      for (const key of s.storyKeys.flat()) {
        target.clock.advance(10);
        target.sim.transition(key, next[target.sim.issue(key)!.status]);
        events += target.pending.length;
        if (deliverAsTheyCome) {
          await target.deliver();
          await target.deliverDue();
        }
      }
    }
    return events;
  }

  beforeAll(async () => {
    const reference = createHarness({ start: START });
    const refSite = await seedScaledSite(reference, EPICS, STORIES);
    await requestRecompute(reference.services, refSite.krIds, 'manual');
    await reference.drain();
    await burst(reference, refSite, true);
    await reference.settle();
    clean = await progressOf(reference, refSite.krIds);

    h = createHarness({ start: START });
    site = await seedScaledSite(h, EPICS, STORIES);
    jira = stormyJira(h);
    await requestRecompute(h.services, site.krIds, 'manual');
    await h.drain();
    before = await progressOf(h, site.krIds);
    jira.exchanges.length = 0;
    const runsBefore = h.runs.length;
    await jira.begin();
    const events = await burst(h, site, true);
    await h.deliver();
    await drainChecking(h, site.krIds, (now) => {
      for (const id of site.krIds) if (now[id] === undefined) lost.push(`${id} lost`);
    });
    const runs = h.runs.slice(runsBefore);
    figure(PART, '2,000 events', 'issue events', events);
    figure(PART, '2,000 events', 'consumer runs', runs.length);
    figure(
      PART,
      '2,000 events',
      'KR recomputes',
      runs.reduce((n, r) => n + r.recomputed.length, 0),
    );
  });

  it('starts from a fully refreshed site', () => {
    expect(Object.values(before).every(fresh)).toBe(true);
  });

  it('ends with every KR at the clean run’s exact progress, none stale', async () => {
    expect(await progressOf(h, site.krIds)).toEqual(clean);
  });

  it('met both kinds of 429 and never repeated a call before its Retry-After', () => {
    const { limited, reasons, early } = rateLimitFigures('2,000 events', jira.exchanges);
    expect(reasons).toEqual(new Set(['jira-burst-based', 'jira-quota-global-based']));
    expect(limited.length).toBeGreaterThan(0);
    expect(early).toBe(0);
  });

  it('never lost a stored value', () => {
    expect(lost).toEqual([]);
  });
});
