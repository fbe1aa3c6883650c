import type { CalendarDay } from '../model/calendar-day';
import type { KeyResultSourceType } from '../model/key-result-source';
import type { KrProgress } from '../model/kr-progress';
import type { ProgressSnapshot } from '../model/progress-snapshot';
import { noIssues, type ProgressResult } from './progress-result';

/** A successful refresh, ready to store. */
export function freshProgress(keyResultId: string, result: ProgressResult, asOf: string): KrProgress {
  return { keyResultId, progress: result.progress, evidence: result.evidence, asOf, stale: false };
}

export interface StaleRefresh {
  keyResultId: string;
  sourceType: KeyResultSourceType;
  reason: string;
  /** When the refresh failed. */
  at: string;
}

/**
 * A failed refresh: keep the last good value and its evidence, marked stale, because overwriting a good number
 * with zero would tell readers the work was undone. With no previous value there is nothing to keep: 0, stale.
 */
export function markProgressStale(previous: KrProgress | undefined, failure: StaleRefresh): KrProgress {
  const staleReason = failure.reason.slice(0, 500);
  if (previous) {
    const lastGoodAt = previous.stale ? previous.lastGoodAt : previous.asOf;
    return { ...previous, stale: true, staleReason, ...(lastGoodAt === undefined ? {} : { lastGoodAt }) };
  }
  return {
    keyResultId: failure.keyResultId,
    progress: 0,
    evidence: { sourceType: failure.sourceType, scope: noIssues(), emptyScope: false, flags: [] },
    asOf: failure.at,
    stale: true,
    staleReason,
  };
}

/** The daily history point of a stored progress. */
export function snapshotOf(progress: KrProgress, date: CalendarDay): ProgressSnapshot {
  const { scope, points } = progress.evidence;
  return {
    keyResultId: progress.keyResultId,
    date,
    progress: progress.progress,
    scopeIssues: scope.issues,
    doneIssues: scope.done,
    ...(points ? { scopePoints: points.total, donePoints: points.done } : {}),
  };
}
