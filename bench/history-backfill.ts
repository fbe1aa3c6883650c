/**
 * Jira API cost of rebuilding a 500-issue scope's burn-up for a quarter (issue 8, "History from Jira"): the app's
 * backfill (`rebuildHistory`, which takes the cheaper of its two ways: for 500 issues, two approximate counts on each
 * of ≤ 14 sampled days) versus reading each issue's changelog one by one (GET /rest/api/3/issue/{id}/changelog). The
 * exact changelog way (one search for the epics' children, then changelog/bulkfetch for ≤ 1000 issues a call) is
 * measured too, and both are checked against it on the sampled days. Measured through the metered jira.js client over
 * the simulator's in-process Forge-shaped transport; the simulator does not serve the per-issue changelog, so the
 * one-by-one cost is computed (1 call per issue, 1 + 1 points each), never measured, and the output says so.
 *
 * Usage: npm run bench:history [-- --seed 42]. Prints a summary, then one JSON line (the last line).
 */
import './lib/esm-only-packages';
import { createJiraSimulator, type StatusName } from '../sandbox/jira-simulator';
import { createJiraClient } from '../src/jira';
import { backfillHistory } from '../src/usecases/history/backfill-history';
import { rebuildHistory } from '../src/usecases/history/rebuild-history';
import { createRandom } from './lib/random';

const ISSUES = 500;
const EPICS = 10;
const GOAL_OF_ONE_BY_ONE = 1 / 20;
const PERIOD = { start: '2026-07-01', end: '2026-09-30' };
/** The quarter's last day: the backfill covers 1 July to 29 September; today is the daily job's. */
const TODAY = '2026-09-30';
const DAY_MS = 86_400_000;

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : Number(process.argv[i + 1]);
  return value === undefined || !Number.isFinite(value) ? fallback : value;
}

async function main() {
  const seed = argument('seed', 42);
  const clock = { now: () => new Date('2026-09-30T22:00:00.000Z') };
  const random = createRandom(seed);
  const sim = createJiraSimulator({ seed, clock });
  sim.addProject({ key: 'OKR', name: 'Portfolio', style: 'company-managed' });
  const silent = { silent: true };
  const start = Date.parse(`${PERIOD.start}T00:00:00.000Z`);
  const at = (ms: number) => new Date(Math.min(ms, clock.now().getTime() - 60_000));

  const epics = Array.from({ length: EPICS }, (_, i) =>
    sim.addIssue(
      { project: 'OKR', type: 'Epic', summary: `Epic ${i + 1}`, created: new Date(start - 120 * DAY_MS) },
      silent,
    ),
  );
  const outside = sim.addIssue(
    { project: 'OKR', type: 'Epic', summary: 'Elsewhere', created: new Date(start - 120 * DAY_MS) },
    silent,
  );
  // A quarter of history: issues created from two months before the quarter to its last weeks, most started and
  // finished within days or weeks, some moved between epics, a few moved in from outside the scope.
  for (let i = 0; i < ISSUES; i += 1) {
    const created = start + random.int(-60, 85) * DAY_MS + random.int(0, 23) * 3_600_000;
    const movedIn = random.chance(0.05);
    const parent = movedIn ? outside : random.pick(epics);
    const issue = sim.addIssue(
      { project: 'OKR', type: 'Story', summary: `Story ${i + 1}`, parent: parent.key, created: new Date(created) },
      silent,
    );
    let t = created + random.int(1, 10) * DAY_MS;
    if (movedIn) sim.setParent(issue.key, random.pick(epics).key, { at: at(t), silent: true });
    const steps: StatusName[] = random.chance(0.8)
      ? ['In Progress', 'Done']
      : random.chance(0.5)
        ? ['In Progress']
        : [];
    if (random.chance(0.1) && steps.length === 2) steps.push('In Progress', 'Done'); // reopened once
    for (const status of steps) {
      t += random.int(1, 14) * DAY_MS;
      if (t >= clock.now().getTime()) break;
      sim.transition(issue.key, status, { at: at(t), silent: true });
    }
    if (random.chance(0.05)) sim.setParent(issue.key, random.pick(epics).key, { at: at(t + DAY_MS), silent: true });
  }

  const ours = createJiraClient(sim.asApp(), { clock });
  const rebuilt = await rebuildHistory(ours.api, {
    targets: epics.map((e) => ({ kind: 'epic' as const, issueId: e.id })),
    includeSubtasks: false,
    period: PERIOD,
    today: TODAY,
    timeZone: 'UTC',
    statusCategoryOf: () => undefined,
  });
  if (rebuilt.status !== 'complete') throw new Error(`backfill interrupted: ${rebuilt.reason}`);
  const m = ours.meter.snapshot();

  const exact = createJiraClient(sim.asApp(), { clock });
  const outcome = await backfillHistory(exact.api, {
    epicIds: epics.map((e) => e.id),
    period: PERIOD,
    today: TODAY,
    timeZone: 'UTC',
    // No status lookup: categories are learned from the issues' current statuses.
    statusCategoryOf: () => undefined,
  });
  if (outcome.status !== 'complete') throw new Error(`changelog backfill interrupted: ${outcome.reason}`);
  const e = exact.meter.snapshot();

  const scopeIds = new Set(epics.map((epic) => epic.id));
  const now = sim.issues().filter((i) => i.parentId !== null && scopeIds.has(i.parentId));
  const truth = { scope: now.length, done: now.filter((i) => i.statusCategory === 'done').length };
  const last = outcome.days.at(-1);
  const matches = last?.scope === truth.scope && last.done === truth.done;
  const exactByDay = new Map(outcome.days.map((d) => [d.date, d]));
  const gaps = rebuilt.days.map((d) => ({
    date: d.date,
    scope: d.scope - (exactByDay.get(d.date)?.scope ?? NaN),
    done: d.done - (exactByDay.get(d.date)?.done ?? NaN),
  }));
  const doneExact = gaps.every((g) => g.done === 0);

  const oneByOne = { calls: truth.scope, points: truth.scope * (1 + 1) };
  const ratio = m.points / oneByOne.points;
  console.log(
    `History backfill, seed ${seed}: ${truth.scope} issues under ${EPICS} epics, period ${PERIOD.start}..${PERIOD.end}, today ${TODAY}`,
  );
  const table = (label: string, usage: typeof m) => {
    console.log(`${label}: ${usage.calls} calls, ${usage.points} points`);
    for (const [endpoint, u] of Object.entries(usage.byEndpoint)) {
      console.log(`  ${endpoint.padEnd(44)}${String(u.calls).padStart(6)} calls${String(u.points).padStart(9)} points`);
    }
  };
  table(`ours (rebuildHistory chose '${rebuilt.strategy}', ${rebuilt.days.length} sampled days; measured)`, m);
  table('exact changelog way (backfillHistory; measured)', e);
  console.log(
    `one by one (COMPUTED, not measured: the simulator has no GET /rest/api/3/issue/{id}/changelog): ` +
      `${oneByOne.calls} calls × (1 + 1) points = ${oneByOne.points} points, not counting the search for the ids ` +
      `that it needs as well (${e.byEndpoint['POST /rest/api/3/search/jql']?.points ?? 0} points here)`,
  );
  console.log(
    `exact burn-up: ${outcome.days.length} days; last day scope ${last?.scope} done ${last?.done}; ` +
      `now in Jira scope ${truth.scope} done ${truth.done}: ${matches ? 'match' : 'MISMATCH'}`,
  );
  console.log(
    `ours against the exact burn-up on its ${gaps.length} days: done ${doneExact ? 'equal every day' : 'DIFFERS'}; ` +
      `scope over by ${gaps.map((g) => g.scope).join(', ')} (issues moved into the scope, counted from their creation)`,
  );
  console.log(
    `ours / one-by-one points: ${ratio.toFixed(3)} (goal ≤ ${GOAL_OF_ONE_BY_ONE}) ${ratio <= GOAL_OF_ONE_BY_ONE ? 'ok' : 'MISSED'}; ` +
      `calls: ${(m.calls / oneByOne.calls).toFixed(3)}; exact changelog way / one-by-one points: ${(e.points / oneByOne.points).toFixed(3)}`,
  );
  console.log(
    JSON.stringify({
      bench: 'history-backfill',
      issues: truth.scope,
      ours: { calls: m.calls, points: m.points },
      oneByOne,
    }),
  );
  if (!matches || !doneExact) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
