import { checkObjectiveSet } from './check-objective-set';
import type { QualityFinding } from './finding';
import type { ObjectiveSetInput, QualityKeyResult, QualityObjective, QualityOptions } from './input';

/** A form's record: a new one has no id yet. */
export type ObjectiveDraft = Omit<QualityObjective, 'id'> & { id?: string };
export type KeyResultDraft = Omit<QualityKeyResult, 'id'> & { id?: string };

/** The records already stored around the draft: its team's objectives, its objective's KRs, their periods. */
export type DraftContext = Omit<ObjectiveSetInput, 'epicsFeedingNoKr'>;

/** The id a new record is checked under, in findings about it. */
export const DRAFT_ID = '(draft)';

/**
 * The findings the form shows while a record is written: those about the draft itself, plus those the draft
 * tips over for its team (objective count) or its objective (KR count). The draft replaces its stored version.
 */
export function checkDraft(
  draft: ObjectiveDraft | KeyResultDraft,
  context: DraftContext,
  options: Partial<QualityOptions> = {},
): QualityFinding[] {
  const id = draft.id ?? DRAFT_ID;
  if ('objectiveId' in draft) {
    const keyResults = [...context.keyResults.filter((kr) => kr.id !== id), { ...draft, id }];
    return checkObjectiveSet({ ...context, keyResults }, options).filter(
      (f) =>
        (f.subject.kind === 'key-result' && f.subject.id === id) ||
        (f.ruleId === 'okr.objective-kr-count' && f.subject.id === draft.objectiveId),
    );
  }
  const objectives = [...context.objectives.filter((o) => o.id !== id), { ...draft, id }];
  const team = draft.team ? `${draft.team}@${draft.periodId}` : undefined;
  return checkObjectiveSet({ ...context, objectives }, options).filter(
    (f) =>
      (f.subject.kind === 'objective' && f.subject.id === id) || (f.subject.kind === 'team' && f.subject.id === team),
  );
}
