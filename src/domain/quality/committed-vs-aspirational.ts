import type { KeyResultKind } from '../model/key-result';
import { gradeKeyResult, roundGrade } from '../rollup/grade';

/** A KR at (or toward) period end: its progress, and its grade when one was set at close. */
export interface GradedKeyResult {
  kind: KeyResultKind;
  progress: number;
  /** An edited grade wins over the one suggested from progress. */
  grade?: number;
}

export interface CommittedVsAspirationalReport {
  /** Committed KRs succeed only when delivered in full (grade 1.0). `rate` is null when there are none. */
  committed: { count: number; delivered: number; rate: number | null };
  /** Aspirational KRs succeed at the stretch norm (grade ≥ 0.7). `averageGrade` is null when there are none. */
  aspirational: { count: number; reached: number; averageGrade: number | null };
}

/**
 * Committed delivery and aspirational reach, side by side and never blended: a 0.7 on a moonshot and a 0.7 on
 * a promise mean different things, so no single success rate is offered.
 */
export function committedVsAspirationalReport(
  keyResults: readonly GradedKeyResult[],
  aspirationalNorm = 0.7,
): CommittedVsAspirationalReport {
  let committed = 0;
  let delivered = 0;
  let aspirational = 0;
  let reached = 0;
  let tenths = 0;
  for (const kr of keyResults) {
    const { grade, success } =
      kr.grade === undefined
        ? gradeKeyResult(kr.progress, kr.kind, aspirationalNorm)
        : gradeKeyResult(roundGrade(kr.grade), kr.kind, aspirationalNorm);
    if (kr.kind === 'committed') {
      committed += 1;
      if (success) delivered += 1;
    } else {
      aspirational += 1;
      if (success) reached += 1;
      tenths += Math.round(grade * 10);
    }
  }
  return {
    committed: { count: committed, delivered, rate: committed === 0 ? null : delivered / committed },
    aspirational: {
      count: aspirational,
      reached,
      averageGrade: aspirational === 0 ? null : tenths / (10 * aspirational),
    },
  };
}
