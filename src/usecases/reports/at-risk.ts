import type { KrStatus, KrSummaryDto } from '../../contract';

/** Off track before at risk before merely stale; then the furthest behind first; then by title. */
const RANK: Record<KrStatus, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, done: 2 };

/**
 * The KRs leadership should look at: off track, at risk, or stale (a failed refresh or an overdue check-in, so the
 * number shown may no longer be true), worst first.
 */
export function atRiskFirst(summaries: readonly KrSummaryDto[]): KrSummaryDto[] {
  return summaries
    .filter((kr) => kr.status === 'at-risk' || kr.status === 'off-track' || kr.stale)
    .sort(
      (a, b) =>
        RANK[a.status] - RANK[b.status] ||
        a.pace - b.pace ||
        a.title.localeCompare(b.title) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
