import type { KeyResult, KrProgress } from '../../domain';

/**
 * What each KR contributes to its objective's grade: the grade set at period close where there is one (the owners'
 * judgement, with its reason, outranks the measured number), else its stored progress. Weighted like progress.
 */
export function gradedProgress(
  keyResults: readonly Pick<KeyResult, 'id' | 'grade'>[],
  stored: ReadonlyMap<string, Pick<KrProgress, 'progress'>>,
): Map<string, number> {
  const values = new Map<string, number>();
  for (const kr of keyResults) {
    const value = kr.grade?.value ?? stored.get(kr.id)?.progress;
    if (value !== undefined) values.set(kr.id, value);
  }
  return values;
}
