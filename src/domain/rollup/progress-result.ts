import type { ProgressEvidence } from '../model/progress-evidence';
import type { IssueFact } from './issue-fact';

/** A KR's computed progress in [0, 1] with the evidence that explains it. */
export interface ProgressResult {
  progress: number;
  evidence: ProgressEvidence;
}

export type ScopeCounts = ProgressEvidence['scope'];

/** Scope counts of a KR that is not measured by issues (metric, milestones). */
export const noIssues = (): ScopeCounts => ({ issues: 0, todo: 0, inProgress: 0, done: 0 });

export function countByStatus(issues: readonly IssueFact[]): ScopeCounts {
  const counts = { issues: issues.length, todo: 0, inProgress: 0, done: 0 };
  for (const issue of issues) {
    if (issue.statusCategory === 'done') counts.done += 1;
    else if (issue.statusCategory === 'indeterminate') counts.inProgress += 1;
    else counts.todo += 1;
  }
  return counts;
}
