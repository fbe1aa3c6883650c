/** Stable ids: the UI, reports and dismissals key on them, so a rule keeps its id when its wording changes. */
export const QUALITY_RULE_IDS = [
  'okr.team-objective-count',
  'okr.objective-kr-count',
  'okr.kr-measurable',
  'okr.kr-output-only',
  'okr.kr-vague-wording',
  'okr.task-wording',
  'okr.missing-owner',
  'okr.kr-unlinked-work',
  'okr.objective-orphan',
  'okr.objective-period-mismatch',
  'okr.project-alignment-coverage',
] as const;
export type QualityRuleId = (typeof QUALITY_RULE_IDS)[number];

export type QualitySeverity = 'warning' | 'info';

export type QualitySubjectKind = 'objective' | 'key-result' | 'team' | 'project';

export interface QualitySubject {
  kind: QualitySubjectKind;
  /** For a team: `<team>@<periodId>`, since the rule is per team and period. */
  id: string;
}

export interface QualityFinding {
  ruleId: QualityRuleId;
  severity: QualitySeverity;
  subject: QualitySubject;
  /** One line. */
  reason: string;
  /** One line. */
  suggestion: string;
}
