import type { AbandonObjectivePayload, Written } from '../../contract';
import { transitionObjective } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from './caller';
import type { Outcome } from './failure';
import { loadEditableObjective } from './load-editable';
import { written } from './written';

/** Abandons a draft or active objective: it stays visible, but no longer counts in its parent's progress. */
export async function abandonObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: AbandonObjectivePayload,
): Promise<Outcome<Written>> {
  const loaded = await loadEditableObjective(services, caller, input.objectiveId, { forChange: false });
  if (!loaded.ok) return loaded;
  const moved = transitionObjective(loaded.value, 'abandoned');
  if (!moved.ok) return { ok: false, error: { code: moved.error.code, message: `${moved.error.message}.` } };
  return written(
    await services.repos.objectives.update({
      ...moved.value,
      version: input.version,
      updatedAt: services.clock.now().toISOString(),
    }),
  );
}
