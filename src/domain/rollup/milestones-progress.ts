import type { Milestone } from '../model/key-result-source';
import { ratio } from './numbers';
import { noIssues, type ProgressResult } from './progress-result';

/** A checklist: progress = done items / all items. */
export function computeMilestonesProgress(items: readonly Pick<Milestone, 'done'>[]): ProgressResult {
  const total = items.length;
  const done = items.filter((item) => item.done).length;
  return {
    progress: ratio(done, total),
    evidence: {
      sourceType: 'milestones',
      scope: noIssues(),
      milestones: { total, done },
      emptyScope: total === 0,
      flags: total === 0 ? ['no-linked-work'] : [],
    },
  };
}
