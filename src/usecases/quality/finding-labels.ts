import type { QualityFindingDto } from '../../contract';
import type { QualityFinding } from '../../domain';

/** Human names for the subjects findings talk about, by subject kind and id. */
export interface SubjectLabels {
  objectives: ReadonlyMap<string, string>;
  keyResults: ReadonlyMap<string, string>;
  /** Project id → key (or name), when the report read it from Jira. */
  projects?: ReadonlyMap<string, string>;
}

/**
 * A finding as the UI shows it: the subject named as a person knows it. A team subject's id is `<team>@<periodId>`
 * (the rule is per team and period), shown as "<team> in <periodId>"; anything unnamed keeps its id.
 */
export function toFindingDto(finding: QualityFinding, labels: SubjectLabels): QualityFindingDto {
  const { kind, id } = finding.subject;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    subject: { kind, id, label: labelOf(kind, id, labels) },
    reason: finding.reason,
    suggestion: finding.suggestion,
  };
}

function labelOf(kind: QualityFinding['subject']['kind'], id: string, labels: SubjectLabels): string {
  switch (kind) {
    case 'objective':
      return labels.objectives.get(id) ?? id;
    case 'key-result':
      return labels.keyResults.get(id) ?? id;
    case 'project':
      return labels.projects?.get(id) ?? id;
    case 'team': {
      const at = id.lastIndexOf('@');
      return at < 0 ? id : `${id.slice(0, at)} in ${id.slice(at + 1)}`;
    }
  }
}
