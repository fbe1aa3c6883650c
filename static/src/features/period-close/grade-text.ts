import type { KrKind, PeriodCloseView } from '../../../../src/contract';

/** Grades are tenths from 0.0 to 1.0, as the backend accepts them. */
export const GRADES = Array.from({ length: 11 }, (_, i) => i / 10);

export const gradeText = (grade: number): string => grade.toFixed(1);

/** What a set grade meant, in words: success is judged by the KR's kind, never by colour alone. */
export function gradeVerdict(kind: KrKind, grade: { value: number; success: boolean }): string {
  const bar = kind === 'committed' ? 'delivered in full' : 'reached the stretch bar';
  return grade.success ? bar : `not ${bar}`;
}

/** "Committed delivery" and "aspirational reach", side by side and never blended into one rate. */
export function kindsText(kinds: PeriodCloseView['kinds']): { committed: string; aspirational: string } {
  const { committed, aspirational } = kinds;
  return {
    committed:
      committed.count === 0
        ? 'No committed key results.'
        : `${committed.delivered} of ${committed.count} delivered in full (${Math.round((committed.rate ?? 0) * 100)}%).`,
    aspirational:
      aspirational.count === 0
        ? 'No aspirational key results.'
        : `${aspirational.reached} of ${aspirational.count} reached the stretch bar; average grade ${(aspirational.averageGrade ?? 0).toFixed(2)}.`,
  };
}
