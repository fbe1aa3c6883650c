/**
 * 429 storms through the simulator's realism, in simulated time: the simulator and the client share one clock, and
 * the client's `sleep` advances it, so hour-long quotas and Retry-After waits cost no real time.
 *
 * Both of Jira's 429 kinds are in play: `throttleRate` answers half the calls `jira-burst-based` (Retry-After 1–5 s),
 * and the hourly points quota, nearly spent by other traffic half a minute before the hour turns, answers
 * `jira-quota-global-based` until the top of the hour while most of the refresh's calls are in flight. The next
 * hour's quota (60) covers the refresh (30 points, see EXPECTED_COST) and the re-runs of KRs that gave up.
 */
import { createJiraClient, executePlan, isJiraUnavailable, planRefresh, type KrRefreshResult } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { recordExchanges, type Exchange } from './support/recording-transport';
import { summarize, summarizeAll } from './support/results';
import { EXPECTED, scenarioKrs, seedSmallSite } from './support/small-site';
import { VirtualTime } from './support/virtual-time';

/** Thirty seconds before the quota window resets. */
const START = new Date('2026-10-05T09:59:30.000Z');

/** Other traffic of the app: bulkfetches costing exactly `points` (1 + issues returned each). */
async function spendQuota(fetch: JiraFetch, ids: readonly string[], points: number) {
  for (let left = points; left > 0;) {
    let n = Math.min(left - 1, ids.length);
    if (left - (n + 1) === 1) n -= 1; // a call costs at least 2 here: never leave 1 point to spend
    const response = await fetch('/rest/api/3/issue/bulkfetch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ issueIdsOrKeys: ids.slice(0, n), fields: ['status'] }),
    });
    if (response.status !== 200) throw new Error(`warm-up bulkfetch answered ${response.status}`);
    left -= n + 1;
  }
}

const endpointOf = (e: Exchange) => e.call.split(' ').slice(0, 2).join(' ').split('?')[0];

/**
 * A refresh as the app runs it: KRs that failed keep their last good value (here: none) and are retried on the next
 * run, a minute later. Returns every round's results so each can be checked, not just the last.
 */
async function refreshUntilSettled(seed: number) {
  const time = new VirtualTime(START);
  const site = seedSmallSite({ clock: time.clock, seed, realism: { pointsPerHour: 60 } });
  // 3 points left: the refresh's epic check (1) and field discovery (1) pass, then its searches and counts, all in
  // flight together, meet the quota.
  await spendQuota(
    site.sim.asApp(),
    site.sim.issues().map((i) => i.id),
    57,
  );
  site.sim.setRealism({ throttleRate: 0.5 });
  const { fetch, exchanges } = recordExchanges(site.sim.asApp(), time.clock);
  const jira = createJiraClient(time.track(fetch), { clock: time.clock, sleep: time.sleep, onSchemaMismatch: 'throw' });
  const krs = scenarioKrs(site);
  const rounds: KrRefreshResult[][] = [];
  let pending = krs;
  for (let round = 0; round < 12 && pending.length > 0; round += 1) {
    const results = await time.run(executePlan(planRefresh(pending), jira));
    rounds.push(results);
    const failed = new Set(results.filter((r) => r.status === 'failed').map((r) => r.krId));
    pending = krs.filter((kr) => failed.has(kr.id));
    time.advance(60_000);
  }
  return { site, rounds, exchanges, meter: jira.meter.snapshot() };
}

describe.each([1, 2, 3])('429 storm (burst and quota), seed %i', (seed) => {
  let run: Awaited<ReturnType<typeof refreshUntilSettled>>;
  beforeAll(async () => {
    run = await refreshUntilSettled(seed);
  });

  it('ends with the results of a clean run', () => {
    const final = new Map(
      run.rounds
        .flat()
        .filter((r) => r.status === 'ok')
        .map((r) => [r.krId, r]),
    );
    expect(Object.fromEntries([...final].map(([id, r]) => [id, summarize(r, run.site)]))).toEqual(EXPECTED);
  });

  it('on the way, every KR is either right or JiraUnavailableError: never a wrong or zero number', () => {
    for (const results of run.rounds) {
      for (const r of results) {
        if (r.status === 'failed') expect(isJiraUnavailable(r.error)).toBe(true);
        else expect(summarizeAll([r], run.site)).toEqual({ [r.krId]: EXPECTED[r.krId as keyof typeof EXPECTED] });
      }
    }
  });

  it('met both kinds of 429', () => {
    const reasons = new Set(run.exchanges.filter((e) => e.status === 429).map((e) => e.rateLimitReason));
    expect(reasons).toEqual(new Set(['jira-burst-based', 'jira-quota-global-based']));
    expect(run.meter.rateLimited).toBe(run.exchanges.filter((e) => e.status === 429).length);
  });

  it('never repeated a call before its Retry-After', () => {
    run.exchanges.forEach((e, i) => {
      if (e.status !== 429 || e.retryAfterMs === undefined) return;
      const retry = run.exchanges.slice(i + 1).find((later) => later.call === e.call);
      if (retry) expect(retry.sentAt).toBeGreaterThanOrEqual(e.answeredAt + e.retryAfterMs);
    });
  });

  it('paused every call after a quota 429, and only that endpoint after a burst 429, until Retry-After', () => {
    for (const e of run.exchanges) {
      if (e.status !== 429 || e.retryAfterMs === undefined) continue;
      const until = e.answeredAt + e.retryAfterMs;
      const blocked = e.rateLimitReason?.startsWith('jira-quota')
        ? run.exchanges
        : run.exchanges.filter((other) => endpointOf(other) === endpointOf(e));
      // Calls already past the gate in the same instant may still go out; none may start later within the wait.
      expect(blocked.filter((other) => other.sentAt > e.answeredAt && other.sentAt < until)).toEqual([]);
    }
  });
});
