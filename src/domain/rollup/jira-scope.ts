import { targetKey, type Target } from '../model/target';
import type { IssueFact, ReachedIssues } from './issue-fact';

export interface TargetContribution {
  target: Target;
  issues: number;
  done: number;
}

export interface JiraScope {
  /** Distinct issues in scope, sorted by id so sums and results never depend on input order. */
  issues: IssueFact[];
  byTarget: TargetContribution[];
}

/** Epics (and levels above) are containers, not work; sub-tasks count only when the KR asks for them. */
export function countsAsWork(issue: IssueFact, includeSubtasks: boolean): boolean {
  if (issue.hierarchyLevel >= 1) return false;
  return issue.hierarchyLevel >= 0 || includeSubtasks;
}

/**
 * The KR's scope: the work its targets reach, each issue once even when two targets reach it (an epic that is
 * also in a linked version). The Jira layer fetches each issue once per refresh, so duplicates are the same
 * issue and the first one seen is kept.
 */
export function resolveJiraScope(reached: readonly ReachedIssues[], includeSubtasks: boolean): JiraScope {
  const byId = new Map<string, IssueFact>();
  // Keyed by target so a target listed twice (two links to one epic) still counts each issue once.
  const byTarget = new Map<string, { contribution: TargetContribution; seen: Set<string> }>();
  for (const { target, issues } of reached) {
    const key = targetKey(target);
    const entry = byTarget.get(key) ?? { contribution: { target, issues: 0, done: 0 }, seen: new Set<string>() };
    byTarget.set(key, entry);
    for (const issue of issues) {
      if (!countsAsWork(issue, includeSubtasks) || entry.seen.has(issue.id)) continue;
      entry.seen.add(issue.id);
      entry.contribution.issues += 1;
      if (issue.statusCategory === 'done') entry.contribution.done += 1;
      if (!byId.has(issue.id)) byId.set(issue.id, issue);
    }
  }
  return {
    issues: [...byId.values()].sort((a, b) => compareIds(a.id, b.id)),
    byTarget: [...byTarget.entries()].sort(([a], [b]) => compareIds(a, b)).map(([, entry]) => entry.contribution),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
