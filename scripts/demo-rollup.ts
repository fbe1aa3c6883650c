/**
 * `npm run demo`: runs the real rollup engine over the sample portfolio for the current
 * quarter and prints objectives and key results with progress, expected progress, pace, status and evidence.
 */
import {
  DEFAULT_SETTINGS,
  assessPace,
  calendarDayIn,
  computeKeyResultProgress,
  quarterOf,
  rollupObjectives,
} from '../src/domain';
import { samplePortfolio } from '../sandbox/demo/sample-portfolio';

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
const today = calendarDayIn(new Date(), DEFAULT_SETTINGS.timeZone)!;
const { period, objectives, keyResults, reached } = samplePortfolio(
  quarterOf(today, DEFAULT_SETTINGS.fiscalYearStartMonth),
);

const krRows = keyResults.map((kr) => {
  const jira = reached[kr.id];
  const result = computeKeyResultProgress(kr, jira ? { jira: { kind: 'issues', reached: jira } } : {});
  const pace = assessPace({ progress: result.progress, period, today, kind: kr.kind, settings: DEFAULT_SETTINGS });
  return { kr, result, pace };
});
const progressById = new Map(krRows.map(({ kr, result }) => [kr.id, result.progress]));
const rolled = rollupObjectives({ objectives, keyResults, keyResultProgress: progressById });

function evidence({ result }: (typeof krRows)[number]): string {
  const e = result.evidence;
  if (e.points) return `${e.points.done} of ${e.points.total} points done`;
  if (e.metric) return `${e.metric.current} (from ${e.metric.start} to ${e.metric.target})`;
  if (e.milestones) return `${e.milestones.done} of ${e.milestones.total} milestones`;
  return `${e.scope.done} of ${e.scope.issues} issues done`;
}

console.log(`OKR Rollup for Jira — sample portfolio, ${period.name} as of ${today}\n`);
console.log(`${'objective / key result'.padEnd(48)} progress expected  pace  status     evidence`);
function printObjective(id: string, depth: number): void {
  const objective = objectives.find((o) => o.id === id)!;
  const progress = rolled.get(id)!.progress;
  console.log(`${'  '.repeat(depth)}${objective.title}`.padEnd(48) + `${pct(progress)}`);
  for (const row of krRows.filter(({ kr }) => kr.objectiveId === id)) {
    const label = `${'  '.repeat(depth + 1)}• ${row.kr.title}${row.kr.kind === 'aspirational' ? ' (aspirational)' : ''}`;
    const pace = `${row.pace.pace >= 0 ? '+' : ''}${Math.round(row.pace.pace * 100)}`.padStart(5);
    console.log(
      `${label.padEnd(48)}${pct(row.result.progress)}    ${pct(row.pace.expected)} ${pace}  ${row.pace.status.padEnd(10)} ${evidence(row)}`,
    );
  }
  for (const child of objectives.filter((o) => o.parent?.objectiveId === id)) printObjective(child.id, depth + 1);
}
for (const root of objectives.filter((o) => !o.parent)) printObjective(root.id, 0);
console.log('\nThe whole app runs in a browser on emulated Forge and a simulated Jira with `npm start`.');
