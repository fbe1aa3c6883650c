import {
  checkObjectiveSet,
  type ObjectiveSetInput,
  type QualityFinding,
  type QualityOptions,
  type QualityRuleId,
} from '../../../src/domain';

/** The findings of one rule, so each test pins its rule without the others' noise. */
export function findingsOf(
  ruleId: QualityRuleId,
  input: Partial<ObjectiveSetInput>,
  options?: Partial<QualityOptions>,
): QualityFinding[] {
  return checkObjectiveSet({ objectives: [], keyResults: [], ...input }, options).filter((f) => f.ruleId === ruleId);
}

/** Subject ids of the findings, for compact assertions. */
export const ids = (findings: QualityFinding[]) => findings.map((f) => f.subject.id);
