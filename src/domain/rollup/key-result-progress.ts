import { DomainError } from '../errors';
import type { KeyResult } from '../model/key-result';
import type { Period } from '../model/period';
import type { IssueCounts, ReachedIssues } from './issue-fact';
import { computeJiraProgressFromCounts } from './jira-progress-from-counts';
import { computeJiraProgressFromIssues } from './jira-progress-from-issues';
import { computeMetricProgress } from './metric-progress';
import { computeMilestonesProgress } from './milestones-progress';
import { computePeriodBaselineProgress } from './period-baseline-progress';
import type { ProgressResult } from './progress-result';

/** What the Jira layer fetched for a Jira KR: the issues each target reaches, or approximate counts. */
export type JiraFacts = { kind: 'issues'; reached: readonly ReachedIssues[] } | { kind: 'counts'; counts: IssueCounts };

export interface KeyResultFacts {
  jira?: JiraFacts;
  /** The KR's period and the site time zone; needed for a period baseline only. */
  period?: Period;
  timeZone?: string;
}

/**
 * One entry point for any KR: picks the rule for its source. Facts that do not fit the KR (counts for a points
 * measure, no period for a baseline) are a bug in the caller, so they throw rather than yield a wrong number.
 */
export function computeKeyResultProgress(
  keyResult: Pick<KeyResult, 'source' | 'baseline'>,
  facts: KeyResultFacts = {},
): ProgressResult {
  const { source } = keyResult;
  switch (source.type) {
    case 'metric':
      return computeMetricProgress(source);
    case 'milestones':
      return computeMilestonesProgress(source.items);
    case 'jira': {
      const jira = facts.jira;
      if (!jira) throw new DomainError('INTERNAL', 'A Jira key result needs the issues or counts its targets reach');
      if (keyResult.baseline) {
        if (jira.kind !== 'issues' || !facts.period) {
          throw new DomainError('INTERNAL', 'A period baseline needs the issues with their dates and the period');
        }
        const { period, timeZone = 'UTC' } = facts;
        return computePeriodBaselineProgress({ source, reached: jira.reached, period, timeZone });
      }
      if (jira.kind === 'issues') return computeJiraProgressFromIssues(source, jira.reached);
      if (source.measure !== 'count') throw new DomainError('INTERNAL', 'A points measure needs issues, not counts');
      return computeJiraProgressFromCounts(jira.counts);
    }
  }
}
