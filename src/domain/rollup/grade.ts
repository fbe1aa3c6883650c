import type { KeyResultKind } from '../model/key-result';
import { clamp, snap } from './numbers';

export interface Grade {
  /** 0.0, 0.1, … 1.0 */
  grade: number;
  /** committed: grade 1.0; aspirational: grade ≥ the stretch norm (0.7 by default). */
  success: boolean;
}

/**
 * Progress rounded to the nearest tenth, halves up: 0.35 → 0.4, 0.25 → 0.3, 0.04999 → 0.0.
 * Done in integers (billionths, then tenths) because 0.35 * 10 and friends can land a hair below .5 in binary.
 */
export function roundGrade(progress: number): number {
  const billionths = Math.round(clamp(Number.isFinite(progress) ? progress : 0, 0, 1) * 1e9);
  const tenths = Math.floor((billionths + 50_000_000) / 100_000_000);
  return tenths / 10;
}

/** A KR's grade at period end and whether it met its bar. */
export function gradeKeyResult(progress: number, kind: KeyResultKind, aspirationalNorm = 0.7): Grade {
  const grade = roundGrade(progress);
  const bar = kind === 'committed' ? 1 : aspirationalNorm;
  return { grade, success: grade >= snap(bar) };
}
