import { ok, type Objective, type Period } from '../../domain';
import type { Services } from '../../services';
import { newRecordId } from '../../store';
import type { Caller } from '../objectives/caller';
import { invalidField, type Outcome } from '../objectives/failure';
import { isFinal, loadEditableObjective } from '../objectives/load-editable';
import { conflict } from '../objectives/written';
import { loadPeriodRecords } from './period-records';

/**
 * Where a carried KR goes: the objective the caller names (in the next period, editable by them), else the open
 * continuation of the original's objective there (`carriedFrom` = its id), created when missing with the same title,
 * level, team and owners, aligned under the same parent when that parent is in the next period too.
 */
export async function destinationObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  original: Objective,
  next: Period,
  toObjectiveId: string | undefined,
): Promise<Outcome<Objective>> {
  if (toObjectiveId !== undefined) {
    const chosen = await loadEditableObjective(services, caller, toObjectiveId, { path: 'toObjectiveId' });
    if (!chosen.ok) return chosen;
    if (chosen.value.periodId !== next.id) {
      return invalidField('toObjectiveId', `is in ${chosen.value.periodId}, not in the next period ${next.id}`);
    }
    return chosen;
  }
  const { objectives } = await loadPeriodRecords(services, next.id);
  const existing = objectives.find((o) => o.carriedFrom === original.id && !isFinal(o));
  if (existing) return ok(existing);

  const parent = original.parent ? await services.repos.objectives.get(original.parent.objectiveId) : undefined;
  const keepParent = parent !== undefined && parent.periodId === next.id && !isFinal(parent);
  const now = services.clock.now().toISOString();
  const continuation: Objective = {
    id: newRecordId(),
    title: original.title,
    ...(original.description === undefined ? {} : { description: original.description }),
    periodId: next.id,
    level: original.level,
    ...(original.team === undefined ? {} : { team: original.team }),
    ownerIds: original.ownerIds,
    ...(keepParent && original.parent ? { parent: original.parent } : {}),
    ...(original.checkInCadenceDays === undefined ? {} : { checkInCadenceDays: original.checkInCadenceDays }),
    carriedFrom: original.id,
    state: 'active',
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  const created = await services.repos.objectives.create(continuation);
  return created.ok ? ok(created.value) : conflict(created.error);
}
