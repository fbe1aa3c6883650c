import type { ProgressFlag } from '../model/progress-evidence';
import type { IssueCounts } from './issue-fact';
import { ratio, toCount } from './numbers';
import type { ProgressResult } from './progress-result';

/**
 * Progress of a `count` KR from `approximate-count` numbers (scope and done, optionally in progress). The counts
 * are approximate and eventually consistent, so done may briefly exceed scope: it is capped and flagged.
 */
export function computeJiraProgressFromCounts(counts: IssueCounts): ProgressResult {
  const flags: ProgressFlag[] = [];
  const issues = toCount(counts.scope);
  let done = toCount(counts.done);
  if (done > issues) {
    flags.push('inconsistent-counts');
    done = issues;
  }
  let inProgress = 0;
  if (counts.inProgress === undefined) {
    flags.push('no-status-breakdown');
  } else {
    inProgress = toCount(counts.inProgress);
    if (inProgress > issues - done) {
      if (!flags.includes('inconsistent-counts')) flags.push('inconsistent-counts');
      inProgress = issues - done;
    }
  }
  if (issues === 0) flags.unshift('no-linked-work');
  return {
    progress: ratio(done, issues),
    evidence: {
      sourceType: 'jira',
      measure: 'count',
      scope: { issues, todo: issues - done - inProgress, inProgress, done },
      emptyScope: issues === 0,
      flags,
    },
  };
}
