/** Each rule's name as a group heading, in the order the report lists them (the team's picture first). */
export const RULE_NAMES: readonly (readonly [ruleId: string, name: string])[] = [
  ['okr.team-objective-count', 'Objectives per team'],
  ['okr.objective-kr-count', 'Key results per objective'],
  ['okr.kr-measurable', 'Not measurable'],
  ['okr.kr-output-only', 'Output without an outcome'],
  ['okr.kr-vague-wording', 'Vague wording'],
  ['okr.task-wording', 'Tasks, not outcomes'],
  ['okr.missing-owner', 'No owner'],
  ['okr.kr-unlinked-work', 'No linked work'],
  ['okr.objective-orphan', 'Not aligned to a parent'],
  ['okr.objective-period-mismatch', 'Period differs from the parent'],
  ['okr.project-alignment-coverage', 'Epics feeding no key result'],
];

export function ruleName(ruleId: string): string {
  return RULE_NAMES.find(([id]) => id === ruleId)?.[1] ?? ruleId;
}

export function ruleOrder(ruleId: string): number {
  const index = RULE_NAMES.findIndex(([id]) => id === ruleId);
  return index < 0 ? RULE_NAMES.length : index;
}
