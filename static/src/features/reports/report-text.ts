import type { HighlightDto, KindReportDto, LeadershipReportView, ObjectiveState } from '../../../../src/contract';
import { percent } from '../../format';

/** Words shared by the report's screen, CSV and Markdown, so the three never say different things. */
export const STATE_LABEL: Record<ObjectiveState, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
  abandoned: 'Abandoned',
};

export const HIGHLIGHT_LABEL: Record<HighlightDto['what'], string> = {
  done: 'Done',
  recovered: 'Back on track',
};

export function groupTitle(group: LeadershipReportView['groups'][number], levelLabel: string): string {
  return group.team ? `${levelLabel} · ${group.team}` : levelLabel;
}

/** "1 of 4 delivered (25%)": committed KRs succeed only at 1.0. */
export function committedText(kinds: KindReportDto): string {
  const { count, delivered, rate } = kinds.committed;
  if (count === 0 || rate === null) return 'no committed key results';
  return `${delivered} of ${count} delivered (${percent(rate)}%)`;
}

/** "0 of 1 reached the stretch bar · average grade 0.1": aspirational KRs succeed at the stretch norm. */
export function aspirationalText(kinds: KindReportDto): string {
  const { count, reached, averageGrade } = kinds.aspirational;
  if (count === 0 || averageGrade === null) return 'no aspirational key results';
  return `${reached} of ${count} reached the stretch bar · average grade ${averageGrade.toFixed(1)}`;
}

export const gradeText = (grade: number | undefined): string => (grade === undefined ? '' : grade.toFixed(1));

/** `2026-11-16T09:00:00.000Z` → `2026-11-16 09:00 UTC`: the same text on every screen and in every file. */
export const generatedText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function reportFileName(view: LeadershipReportView, extension: 'csv' | 'md'): string {
  return `okr-leadership-report-${view.period.name.replace(/[^\w.-]+/g, '-')}.${extension}`;
}
