import { calendarDayIn } from '../model/calendar-day-in-zone';
import type { JiraSource } from '../model/key-result-source';
import type { Period } from '../model/period';
import type { ProgressEvidence, ProgressFlag } from '../model/progress-evidence';
import type { IssueFact, ReachedIssues } from './issue-fact';
import { ratio } from './numbers';
import { countByStatus, type ProgressResult } from './progress-result';
import { resolveJiraScope } from './jira-scope';

export interface PeriodBaselineInput {
  source: Pick<JiraSource, 'includeSubtasks'>;
  reached: readonly ReachedIssues[];
  period: Period;
  /** The site's time zone: an issue done at 23:30 UTC on the last day may belong to the next day locally. */
  timeZone: string;
}

type Baseline = NonNullable<ProgressEvidence['baseline']>;

/**
 * PMO mode, for long epics feeding several quarterly KRs: progress = issues done during the period /
 * (scope open at period start + scope added during the period). Work finished before the period does not count
 * for it, and work created after it is not yet its scope.
 */
export function computePeriodBaselineProgress(input: PeriodBaselineInput): ProgressResult {
  const { issues } = resolveJiraScope(input.reached, input.source.includeSubtasks);
  const baseline: Baseline = {
    periodId: input.period.id,
    start: input.period.start,
    end: input.period.end,
    openAtStart: 0,
    addedDuringPeriod: 0,
    doneDuringPeriod: 0,
    undated: 0,
  };
  for (const issue of issues) tally(baseline, issue, input.timeZone);

  const denominator = baseline.openAtStart + baseline.addedDuringPeriod;
  const flags: ProgressFlag[] = [];
  if (issues.length === 0) flags.push('no-linked-work');
  else if (denominator === 0) flags.push('no-baseline-scope');
  if (baseline.undated > 0) flags.push('missing-done-dates');
  return {
    progress: ratio(baseline.doneDuringPeriod, denominator),
    evidence: {
      sourceType: 'jira',
      measure: 'count',
      scope: countByStatus(issues),
      baseline,
      emptyScope: issues.length === 0,
      flags,
    },
  };
}

function tally(baseline: Baseline, issue: IssueFact, timeZone: string): void {
  // No creation date: assume the issue predates the period, the common case for long-running epics.
  const created = issue.createdAt === undefined ? undefined : calendarDayIn(issue.createdAt, timeZone);
  if (created !== undefined && created > baseline.end) return;

  const isDone = issue.statusCategory === 'done';
  const doneDay = isDone && issue.doneAt !== undefined ? calendarDayIn(issue.doneAt, timeZone) : undefined;
  if (isDone && doneDay === undefined) {
    // Cannot tell which period finished it; counting it anywhere would move the number for no visible reason.
    baseline.undated += 1;
    return;
  }
  if (doneDay !== undefined && doneDay < baseline.start) return;

  if (created === undefined || created < baseline.start) baseline.openAtStart += 1;
  else baseline.addedDuringPeriod += 1;
  if (doneDay !== undefined && doneDay <= baseline.end) baseline.doneDuringPeriod += 1;
}
