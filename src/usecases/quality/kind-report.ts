import type { KindReportDto } from '../../contract';
import { committedVsAspirationalReport, type KeyResult, type KrProgress } from '../../domain';

/**
 * Committed delivery and aspirational reach over a period's KRs: a set grade wins, else the stored progress, else 0
 * (a KR never computed shows 0 in the portfolio too). The two figures are never blended into one rate.
 */
export function kindReport(
  keyResults: readonly KeyResult[],
  progress: ReadonlyMap<string, KrProgress>,
  aspirationalNorm: number,
): KindReportDto {
  return committedVsAspirationalReport(
    keyResults.map((kr) => ({
      kind: kr.kind,
      progress: progress.get(kr.id)?.progress ?? 0,
      ...(kr.grade ? { grade: kr.grade.value } : {}),
    })),
    aspirationalNorm,
  );
}
