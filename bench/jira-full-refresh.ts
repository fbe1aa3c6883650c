/**
 * Jira API cost of a full refresh of every KR, planner vs. a naive strategy, on a simulated site built from a seed
 * (DESIGN "Performance model", issue 3). Both run through the metered jira.js client over the simulator's in-process
 * Forge-shaped transport (`sim.asApp()`, as src/index.ts wires `requestJira`), and both are checked against the
 * site's ground truth. Points are Jira's: 1 per call plus 1 per issue returned.
 *
 * Usage: npm run bench:jira [-- --seed 42]. Prints a table, then one JSON line (the last line).
 */
import './lib/esm-only-packages';
import { createJiraClient, executePlan, planRefresh, type MeterSnapshot } from '../src/jira';
import { answerFromPlanner, fromIssues, lowerBoundPoints, mismatches, type Answer } from './lib/check';
import { naiveRefresh } from './lib/naive-refresh';
import { buildSimulatedSite } from './lib/simulated-site';

const GOAL = { ofNaive: 0.1, ofLowerBound: 1.2 };

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : Number(process.argv[i + 1]);
  return value === undefined || !Number.isFinite(value) ? fallback : value;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const seed = argument('seed', 42);
  const clock = { now: () => new Date('2026-10-05T09:00:00.000Z') };

  const built = await timed(async () => buildSimulatedSite({ seed, clock }));
  const site = built.value;
  const krs = site.keyResults;
  const truth = new Map(krs.map((kr) => [kr.id, site.truth(kr)]));
  const truthOf = (kr: (typeof krs)[number]) => truth.get(kr.id) as NonNullable<ReturnType<typeof site.truth>>;

  const planner = createJiraClient(site.sim.asApp(), { clock });
  const planned = await timed(() => executePlan(planRefresh(krs), planner));
  const plannerAnswers = new Map<string, Answer>(planned.value.map((r) => [r.krId, answerFromPlanner(r)]));

  const naive = createJiraClient(site.sim.asApp(), { clock });
  const paged = await timed(() => naiveRefresh(naive.api, krs));
  const naiveAnswers = new Map<string, Answer>(paged.value.map((r) => [r.krId, fromIssues(r.issues)]));

  const p = planner.meter.snapshot();
  const n = naive.meter.snapshot();
  const lowerBound = lowerBoundPoints(krs, truthOf);
  const wrong = { planner: mismatches(krs, plannerAnswers, truthOf), naive: mismatches(krs, naiveAnswers, truthOf) };

  const countKrs = krs.filter((kr) => kr.source.measure === 'count').length;
  const targets = (kind: string) => krs.filter((kr) => kr.source.targets.some((t) => t.kind === kind)).length;
  console.log(
    `Jira full refresh, seed ${seed}: transport = in-process Forge-shaped (sim.asApp()), metered jira.js client`,
  );
  console.log(
    `site: ${site.issues.length} issues (${site.epicCount} epics, ${site.issues.filter((i) => i.level < 0).length} sub-tasks), ` +
      `built in ${built.seconds.toFixed(1)} s`,
  );
  console.log(
    `KRs: ${krs.length} (${countKrs} count, ${krs.length - countKrs} points; with epic targets ${targets('epic')}, ` +
      `project ${targets('project')}, version ${targets('version')}, JQL ${targets('jql')}; ` +
      `several epics ${krs.filter((kr) => kr.source.targets.filter((t) => t.kind === 'epic').length > 1).length}; ` +
      `with sub-tasks ${krs.filter((kr) => kr.source.includeSubtasks).length})`,
  );
  console.log('');
  const row = (name: string, calls: string, points: number, seconds: string, correct: string) =>
    console.log(
      `${name.padEnd(12)}${calls.padStart(8)}${String(points).padStart(10)}${seconds.padStart(10)}   ${correct}`,
    );
  console.log(`${'strategy'.padEnd(12)}${'calls'.padStart(8)}${'points'.padStart(10)}${'time'.padStart(10)}   answers`);
  const correct = (ids: string[]) =>
    ids.length === 0
      ? `all ${krs.length} match the ground truth`
      : `${ids.length} WRONG: ${ids.slice(0, 5).join(', ')}`;
  row('planner', String(p.calls), p.points, `${planned.seconds.toFixed(1)} s`, correct(wrong.planner));
  row('naive', String(n.calls), n.points, `${paged.seconds.toFixed(1)} s`, correct(wrong.naive));
  row('lower bound', '-', lowerBound, '-', '2 per count KR; per points KR, its issues + 1 per 100');
  console.log('');
  console.log('planner by endpoint:');
  for (const [endpoint, usage] of Object.entries(p.byEndpoint)) {
    console.log(
      `  ${endpoint.padEnd(44)}${String(usage.calls).padStart(6)} calls${String(usage.points).padStart(9)} points`,
    );
  }
  const ofNaive = p.points / n.points;
  const ofLowerBound = p.points / lowerBound;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log('');
  console.log(
    `planner / naive points:       ${ofNaive.toFixed(3)} (goal ≤ ${GOAL.ofNaive}) ${verdict(ofNaive <= GOAL.ofNaive)}`,
  );
  console.log(
    `planner / lower bound points: ${ofLowerBound.toFixed(3)} (goal ≤ ${GOAL.ofLowerBound}) ${verdict(ofLowerBound <= GOAL.ofLowerBound)}`,
  );

  const usage = (m: MeterSnapshot) => ({ calls: m.calls, points: m.points });
  console.log(
    JSON.stringify({
      bench: 'jira-full-refresh',
      planner: usage(p),
      naive: usage(n),
      lowerBound: { points: lowerBound },
      issues: site.issues.length,
      keyResults: krs.length,
    }),
  );
  if (wrong.planner.length > 0 || wrong.naive.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
