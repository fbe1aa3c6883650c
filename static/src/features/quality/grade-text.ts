import type { KrSummaryDto } from '../../../../src/contract';

/** "Graded 0.7 — met the bar" / "Graded 0.4 — below the bar", with the grader's reason when one was given. */
export function gradeText(grade: NonNullable<KrSummaryDto['grade']>): string {
  const verdict = grade.success ? 'met the bar' : 'below the bar';
  return `Graded ${grade.value.toFixed(1)} — ${verdict}${grade.reason ? ` (${grade.reason})` : ''}`;
}
