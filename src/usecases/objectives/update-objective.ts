import type { UpdateObjectivePayload, Written } from '../../contract';
import { Objective, parseOrError } from '../../domain';
import type { Services } from '../../services';
import { movePeriodOfKeyResults } from '../key-results/move-period';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { resolvePeriod } from '../periods/resolve-period';
import type { Caller } from './caller';
import type { Outcome } from './failure';
import { invalidField } from './failure';
import { loadEditableObjective } from './load-editable';
import { written } from './written';

/**
 * Edits what the payload names and keeps the rest. The version is the one the editor loaded, so a save over
 * someone else's change answers CONFLICT. Moving an objective to another period moves its key results with it.
 */
export async function updateObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: UpdateObjectivePayload,
): Promise<Outcome<Written>> {
  const loaded = await loadEditableObjective(services, caller, input.objectiveId);
  if (!loaded.ok) return loaded;
  const stored = loaded.value;
  if (input.periodId !== undefined && !resolvePeriod(input.periodId, await services.repos.settings.get())) {
    return invalidField('periodId', 'is not a period of this site');
  }
  const intoClosed = input.periodId === undefined ? undefined : await refuseIfPeriodClosed(services, input.periodId);
  if (intoClosed) return intoClosed;
  const { objectiveId: _id, version, checkInCadenceDays, ...changes } = input;
  const merged = parseOrError(Objective, {
    ...withCadence(stored, checkInCadenceDays),
    ...definedOnly(changes),
    version,
    updatedAt: services.clock.now().toISOString(),
  });
  if (!merged.ok) return merged;
  const saved = await services.repos.objectives.update(merged.value);
  if (saved.ok && saved.value.periodId !== stored.periodId) {
    await movePeriodOfKeyResults(services, saved.value.id, saved.value.periodId);
  }
  return written(saved);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Absent keeps the stored cadence; null drops the override, so the site's cadence applies again. */
function withCadence(stored: Objective, cadence: number | null | undefined): Objective {
  if (cadence === undefined) return stored;
  const { checkInCadenceDays: _old, ...rest } = stored;
  return cadence === null ? rest : { ...rest, checkInCadenceDays: cadence };
}
