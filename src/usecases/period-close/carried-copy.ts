import type { Baseline, KeyResultSource } from '../../domain';

/**
 * What a KR carried into the next period measures, so it counts only what is left:
 * - Jira `count`: the same targets with a period baseline: issues done in the new period against the scope open at its
 *   start plus scope added (DESIGN.md, "Period baseline"), so work done last quarter is not counted again.
 * - Jira `points`: the same targets, no baseline. The period baseline is defined on issue counts (the model refuses
 *   it for points: there are no per-period point totals to measure against), so the copy shows points done overall.
 * - metric: starts where the original stands (start = its current value), aiming at the same target.
 * - milestones: only the items not done yet.
 */
export function carriedSource(source: KeyResultSource): { source: KeyResultSource; baseline?: Baseline } {
  switch (source.type) {
    case 'jira':
      return source.measure === 'count' ? { source, baseline: { mode: 'period' } } : { source };
    case 'metric':
      return { source: { ...source, start: source.current } };
    case 'milestones':
      return { source: { ...source, items: source.items.filter((item) => !item.done) } };
  }
}
