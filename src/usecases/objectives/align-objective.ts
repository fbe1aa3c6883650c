import type { AlignObjectivePayload, Written } from '../../contract';
import type { Services } from '../../services';
import type { Caller } from './caller';
import { checkParent } from './check-parent';
import type { Outcome } from './failure';
import { loadEditableObjective } from './load-editable';
import { written } from './written';

/**
 * Aligns an objective under a parent (or removes the alignment with `parent: null`). The child's owners decide
 * where their objective rolls up; the parent must exist, be open, and not already roll up into the child.
 */
export async function alignObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: AlignObjectivePayload,
): Promise<Outcome<Written>> {
  const loaded = await loadEditableObjective(services, caller, input.objectiveId);
  if (!loaded.ok) return loaded;
  const { parent: _previous, ...objective } = loaded.value;
  if (input.parent) {
    const parent = await checkParent(services, objective.id, input.parent);
    if (!parent.ok) return parent;
  }
  const updatedAt = services.clock.now().toISOString();
  return written(
    await services.repos.objectives.update({
      ...objective,
      ...(input.parent ? { parent: input.parent } : {}),
      version: input.version,
      updatedAt,
    }),
  );
}
