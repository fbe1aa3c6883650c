/**
 * The arithmetic of the incremental rollup: what one issue contributes to a KR, totals adjusted by contributions, and
 * totals turned into progress with the same evidence a full refresh gives. Pure.
 */
import {
  computeJiraProgressFromCounts,
  estimateOf,
  targetKey,
  type ProgressFlag,
  type ProgressResult,
} from '../../domain';
import type { BaselineTotals } from '../../store';
import type { IssueState, StatusCategory } from '../events/issue-history';
import type { IncrementalScope } from './incremental-scope';

/** An issue in a KR's scope: the targets that reach it, its status category and its estimate. */
export interface Contribution {
  targets: string[];
  category: StatusCategory;
  points: number | null | undefined;
}

/**
 * The issue's contribution to the KR: null when it is outside the scope, undefined when its state does not say
 * (a field the decision needs is unknown). Mirrors the scope a full refresh measures: epics never count, sub-tasks
 * only when the KR includes them (reaching an epic through their parent), an issue once however many targets reach it.
 */
export function contributionOf(state: IssueState, scope: IncrementalScope): Contribution | null | undefined {
  if (!state.exists) return null;
  const { level } = state;
  if (level === undefined) return undefined;
  if (level >= 1 || (level < 0 && !scope.includeSubtasks)) return null;
  const targets: string[] = [];
  for (const target of scope.targets) {
    let reached: boolean;
    if (target.kind === 'epic') {
      const epic = level < 0 ? state.grandparentId : state.parentId;
      if (epic === undefined) return undefined;
      reached = epic === target.issueId;
    } else if (target.kind === 'project') {
      if (state.projectId === undefined) return undefined;
      reached = state.projectId === target.projectId;
    } else {
      if (state.versionIds === undefined) return undefined;
      reached = state.versionIds.includes(target.versionId);
    }
    if (reached) targets.push(targetKey(target));
  }
  if (targets.length === 0) return null;
  if (state.statusCategory === undefined) return undefined;
  if (scope.measure === 'points' && state.points === undefined) return undefined;
  return { targets: [...new Set(targets)].sort(), category: state.statusCategory, points: state.points };
}

export function sameContribution(a: Contribution | null, b: Contribution | null): boolean {
  if (a === null || b === null) return a === b;
  return a.category === b.category && a.points === b.points && a.targets.join() === b.targets.join();
}

/** Totals while deltas are summed: plain signed numbers. */
export interface Totals {
  issues: number;
  done: number;
  todo: number;
  inProgress: number;
  pointsTotal: number;
  pointsDone: number;
  unestimated: number;
  byTarget: Map<string, { issues: number; done: number }>;
}

export function totalsFrom(baseline: BaselineTotals): Totals {
  return {
    issues: baseline.issues,
    done: baseline.done,
    todo: baseline.breakdown?.todo ?? 0,
    inProgress: baseline.breakdown?.inProgress ?? 0,
    pointsTotal: baseline.points?.total ?? 0,
    pointsDone: baseline.points?.done ?? 0,
    unestimated: baseline.points?.unestimated ?? 0,
    byTarget: new Map((baseline.byTarget ?? []).map((t) => [targetKey(t.target), { issues: t.issues, done: t.done }])),
  };
}

export function addContribution(totals: Totals, contribution: Contribution | null, sign: 1 | -1): void {
  if (contribution === null) return;
  const done = contribution.category === 'done';
  totals.issues += sign;
  if (done) totals.done += sign;
  else if (contribution.category === 'indeterminate') totals.inProgress += sign;
  else totals.todo += sign;
  const estimate = estimateOf({ points: contribution.points ?? null } as Parameters<typeof estimateOf>[0]);
  if (estimate === undefined) totals.unestimated += sign;
  else {
    totals.pointsTotal += sign * estimate;
    if (done) totals.pointsDone += sign * estimate;
  }
  for (const key of contribution.targets) {
    const target = totals.byTarget.get(key);
    if (!target) continue;
    target.issues += sign;
    if (done) target.done += sign;
  }
}

/** The totals in the baseline's own shape: parts the baseline did not measure stay unmeasured. */
export function toBaselineTotals(totals: Totals, like: BaselineTotals): BaselineTotals {
  const out: BaselineTotals = { issues: totals.issues, done: totals.done };
  if (like.breakdown) out.breakdown = { todo: totals.todo, inProgress: totals.inProgress };
  if (like.points)
    out.points = { total: round(totals.pointsTotal), done: round(totals.pointsDone), unestimated: totals.unestimated };
  if (like.byTarget) {
    out.byTarget = like.byTarget.map((t) => ({
      target: t.target,
      ...(totals.byTarget.get(targetKey(t.target)) ?? { issues: 0, done: 0 }),
    }));
  }
  return out;
}

/** Sums of fractional estimates drift by float error; estimates are never finer than this. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Totals that no full refresh could have measured (a negative count, more done than in scope) mean the events and
 * the baseline disagree, e.g. an event went missing: the KR is then refreshed from Jira instead.
 */
export function consistent(t: BaselineTotals): boolean {
  const counts = [t.issues, t.done, t.breakdown?.todo ?? 0, t.breakdown?.inProgress ?? 0, t.points?.unestimated ?? 0];
  const byTarget = (t.byTarget ?? []).flatMap((x) => [x.issues, x.done, x.issues - x.done]);
  const points = t.points ? [t.points.total, t.points.done, t.points.total - t.points.done] : [];
  return [...counts, ...byTarget, t.issues - t.done].every((n) => n >= 0) && points.every((n) => n >= -1e-6);
}

/** Progress and evidence from totals, as computeJiraProgressFromCounts/FromIssues give them after a full refresh. */
export function progressFromTotals(measure: IncrementalScope['measure'], t: BaselineTotals): ProgressResult {
  if (measure === 'count') {
    return computeJiraProgressFromCounts({
      scope: t.issues,
      done: t.done,
      ...(t.breakdown ? { inProgress: t.breakdown.inProgress } : {}),
    });
  }
  const scope = {
    issues: t.issues,
    todo: t.breakdown?.todo ?? t.issues - t.done,
    inProgress: t.breakdown?.inProgress ?? 0,
    done: t.done,
  };
  const points = {
    total: Math.max(0, t.points?.total ?? 0),
    done: Math.max(0, t.points?.done ?? 0),
    unestimated: t.points?.unestimated ?? 0,
  };
  const flags: ProgressFlag[] = [];
  if (scope.issues === 0) flags.push('no-linked-work');
  if (scope.issues > 0 && points.total === 0) flags.push('no-estimates');
  else if (points.unestimated > 0) flags.push('unestimated-issues');
  return {
    progress: points.total > 0 ? Math.min(1, Math.max(0, points.done / points.total)) : 0,
    evidence: {
      sourceType: 'jira',
      measure: 'points',
      scope,
      points,
      ...(t.byTarget ? { byTarget: t.byTarget } : {}),
      emptyScope: scope.issues === 0,
      flags,
    },
  };
}
