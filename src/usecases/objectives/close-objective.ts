import type { CloseObjectivePayload, Written } from '../../contract';
import { computeObjectiveProgress, roundGrade, transitionObjective, type Objective } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from './caller';
import type { Outcome } from './failure';
import { gradedProgress } from './graded-progress';
import { loadEditableObjective } from './load-editable';
import { loadSubtree } from './subtree';
import { written } from './written';

/**
 * Closes an active objective and grades it: its progress (KRs and aligned children, weighted as the portfolio rolls
 * them up) rounded to a tenth, where each KR counts with the grade set at period close if it has one, else with its
 * stored progress. Only active objectives close; draft, closed and abandoned ones answer INVALID_TRANSITION.
 */
export async function closeObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: CloseObjectivePayload,
): Promise<Outcome<Written>> {
  const loaded = await loadEditableObjective(services, caller, input.objectiveId, { forChange: false });
  if (!loaded.ok) return loaded;
  const moved = transitionObjective(loaded.value, 'closed');
  if (!moved.ok) return { ok: false, error: { code: moved.error.code, message: `${moved.error.message}.` } };
  const progress = await progressOf(services, loaded.value);
  return written(
    await services.repos.objectives.update({
      ...moved.value,
      grade: roundGrade(progress),
      ...(input.retrospective === undefined ? {} : { retrospective: input.retrospective }),
      version: input.version,
      updatedAt: services.clock.now().toISOString(),
    }),
  );
}

async function progressOf(services: Pick<Services, 'repos'>, objective: Objective): Promise<number> {
  const { objectives, keyResults } = await loadSubtree(services, objective);
  const stored = await services.repos.progress.getMany(keyResults.map((kr) => kr.id));
  const keyResultProgress = gradedProgress(keyResults, stored);
  return computeObjectiveProgress(objective.id, { objectives, keyResults, keyResultProgress }).progress;
}
