import type { BurnupPointDto } from '../../contract';
import { expectedProgress, type KeyResult, type KrProgress, type Period, type ProgressSnapshot } from '../../domain';

/** How far one KR has come, in its own unit: issues (count), story points (points), or a share of 1 (others). */
export interface UnitAmounts {
  scope: number;
  done: number;
}

export function unitOfSnapshot(keyResult: KeyResult, snapshot: ProgressSnapshot): UnitAmounts {
  if (keyResult.source.type !== 'jira') return { scope: 1, done: snapshot.progress };
  if (keyResult.source.measure === 'points')
    return { scope: snapshot.scopePoints ?? 0, done: snapshot.donePoints ?? 0 };
  return { scope: snapshot.scopeIssues, done: snapshot.doneIssues };
}

export function unitOfProgress(keyResult: KeyResult, progress: KrProgress | undefined): UnitAmounts {
  if (!progress) return { scope: keyResult.source.type === 'jira' ? 0 : 1, done: 0 };
  if (keyResult.source.type !== 'jira') return { scope: 1, done: progress.progress };
  const { scope, points } = progress.evidence;
  if (keyResult.source.measure === 'points') return { scope: points?.total ?? 0, done: points?.done ?? 0 };
  return { scope: scope.issues, done: scope.done };
}

/**
 * A KR's burn-up from its daily snapshots: scope and done in the KR's unit, and where done should be that day
 * (expected progress × scope, with the aspirational norm), per the contract. Without a datable period, expected is 0.
 */
export function burnupOf(
  keyResult: KeyResult,
  snapshots: readonly ProgressSnapshot[],
  period: Period | undefined,
  aspirationalNorm: number,
): BurnupPointDto[] {
  return [...snapshots]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((snapshot) => {
      const { scope, done } = unitOfSnapshot(keyResult, snapshot);
      const share = period ? expectedProgress(period, snapshot.date, keyResult.kind, aspirationalNorm) : 0;
      return { date: snapshot.date, scope, done, expected: share * scope };
    });
}
