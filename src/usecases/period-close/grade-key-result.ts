import type { GradeKeyResultPayload, Written } from '../../contract';
import { KeyResult, parseOrError, roundGrade } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { invalidField, notFound, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { written } from '../objectives/written';

/**
 * Sets a KR's grade at period close. The suggestion is its stored progress rounded to a tenth; a different grade is a
 * judgement, so it needs its reason, kept with who set it and when. Only the objective's editors grade, only while
 * the objective is open and its period is not closed (loadEditableObjective), at the version the editor loaded.
 */
export async function gradeKeyResult(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: GradeKeyResultPayload,
): Promise<Outcome<Written>> {
  const stored = await services.repos.keyResults.get(input.keyResultId);
  if (!stored) return notFound('Key result', input.keyResultId);
  const objective = await loadEditableObjective(services, caller, stored.objectiveId, { path: 'keyResultId' });
  if (!objective.ok) return objective;

  const value = roundGrade(input.grade);
  const suggested = roundGrade((await services.repos.progress.get(stored.id))?.progress ?? 0);
  const reason = input.reason?.trim() ?? '';
  if (value !== suggested && reason === '') {
    return invalidField(
      'reason',
      `is needed: the grade ${value.toFixed(1)} differs from the ${suggested.toFixed(1)} suggested by progress`,
    );
  }
  const merged = parseOrError(KeyResult, {
    ...stored,
    grade: {
      value,
      ...(reason === '' ? {} : { reason }),
      by: caller.accountId,
      at: services.clock.now().toISOString(),
    },
    version: input.version,
    updatedAt: services.clock.now().toISOString(),
  });
  if (!merged.ok) return merged;
  return written(await services.repos.keyResults.update(merged.value));
}
