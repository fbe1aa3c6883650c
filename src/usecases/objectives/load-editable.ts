import { ok, type Objective } from '../../domain';
import type { Services } from '../../services';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { refuseUnlessEditor, type Caller } from './caller';
import { invalidField, notFound, type Outcome } from './failure';

/**
 * The objective a write is about, once the caller may edit it. A closed period refuses every write (PERIOD_CLOSED):
 * this is the one place objective, key-result, link and grade writes pass through. `forChange` also refuses closed and
 * abandoned objectives: a graded objective's key results and links are its record of what happened.
 */
export async function loadEditableObjective(
  services: Pick<Services, 'repos'>,
  caller: Caller,
  objectiveId: string,
  { forChange = true, path = 'objectiveId' }: { forChange?: boolean; path?: string } = {},
): Promise<Outcome<Objective>> {
  const objective = await services.repos.objectives.get(objectiveId);
  if (!objective) return notFound('Objective', objectiveId);
  const refused = await refuseUnlessEditor(caller, objective);
  if (refused) return refused;
  const periodClosed = await refuseIfPeriodClosed(services, objective.periodId);
  if (periodClosed) return periodClosed;
  if (forChange && isFinal(objective)) {
    return invalidField(path, `is ${objective.state}: a ${objective.state} objective can no longer change`);
  }
  return ok(objective);
}

export const isFinal = (objective: Pick<Objective, 'state'>): boolean =>
  objective.state === 'closed' || objective.state === 'abandoned';
