/**
 * Jira API cost of rebuilding a 500-issue scope's burn-up for a quarter (issue 8, "History from Jira"): our backfill
 * (one search for the epics' children, then changelog/bulkfetch for ≤ 1000 issues a call) versus reading each
 * issue's changelog one by one (GET /rest/api/3/issue/{id}/changelog). Ours runs through the metered jira.js client
 * over the simulator's in-process Forge-shaped transport; the simulator does not serve the per-issue changelog, so
 * the one-by-one cost is computed (1 call per issue, 1 + 1 points each), never measured, and the output says so.
 *
 * Usage: npm run bench:history [-- --seed 42]. Prints a summary, then one JSON line (the last line).
 */
import './lib/esm-only-packages';
import { createJiraSimulator, type StatusName } from '../sandbox/jira-simulator';
import { createJiraClient } from '../src/jira';
import { backfillHistory } from '../src/usecases/history/backfill-history';
import { createRandom } from './lib/random';

const ISSUES = 500;
const EPICS = 10;
const GOAL_OF_ONE_BY_ONE = 1 / 20;
const PERIOD = { start: '2026-07-01', end: '2026-09-30' };
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
  const outcome = await backfillHistory(ours.api, {
    epicIds: epics.map((e) => e.id),
    period: PERIOD,
    today: '2026-09-30',
    timeZone: 'UTC',
    // No status lookup: categories are learned from the issues' current statuses.
    statusCategoryOf: () => undefined,
  });
  if (outcome.status !== 'complete') throw new Error(`backfill interrupted: ${outcome.reason}`);
  const m = ours.meter.snapshot();

  const scopeIds = new Set(epics.map((e) => e.id));
  const now = sim.issues().filter((i) => i.parentId !== null && scopeIds.has(i.parentId));
  const truth = { scope: now.length, done: now.filter((i) => i.statusCategory === 'done').length };
  const last = outcome.days.at(-1);
  const matches = last?.scope === truth.scope && last.done === truth.done;

  const oneByOne = { calls: outcome.issues, points: outcome.issues * (1 + 1) };
  const ratio = m.points / oneByOne.points;
  console.log(
    `History backfill, seed ${seed}: ${outcome.issues} issues under ${EPICS} epics, period ${PERIOD.start}..${PERIOD.end}`,
  );
  console.log(`ours (measured, metered jira.js client over sim.asApp()): ${m.calls} calls, ${m.points} points`);
  for (const [endpoint, usage] of Object.entries(m.byEndpoint)) {
    console.log(
      `  ${endpoint.padEnd(44)}${String(usage.calls).padStart(6)} calls${String(usage.points).padStart(9)} points`,
    );
  }
  console.log(
    `one by one (COMPUTED, not measured: the simulator has no GET /rest/api/3/issue/{id}/changelog): ` +
      `${oneByOne.calls} calls × (1 + 1) points = ${oneByOne.points} points, not counting the search for the ids ` +
      `that it needs as well (${m.byEndpoint['POST /rest/api/3/search/jql']?.points ?? 0} points here)`,
  );
  console.log(
    `burn-up: ${outcome.days.length} days; last day scope ${last?.scope} done ${last?.done}; ` +
      `now in Jira scope ${truth.scope} done ${truth.done}: ${matches ? 'match' : 'MISMATCH'}`,
  );
  console.log(
    `ours / one-by-one points: ${ratio.toFixed(3)} (goal ≤ ${GOAL_OF_ONE_BY_ONE}) ${ratio <= GOAL_OF_ONE_BY_ONE ? 'ok' : 'MISSED'}; ` +
      `calls: ${(m.calls / oneByOne.calls).toFixed(3)}`,
  );
  console.log(
    JSON.stringify({
      bench: 'history-backfill',
      issues: outcome.issues,
      ours: { calls: m.calls, points: m.points },
      oneByOne,
    }),
  );
  if (!matches) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
