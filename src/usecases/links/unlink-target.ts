import type { UnlinkTargetPayload, Written } from '../../contract';
import { ok, targetKey } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { invalidField, notFound, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { jiraSourceOf } from './link-target';
import { saveTargets } from './save-targets';

const ATTEMPTS = 3;

/**
 * Removes a target from a Jira KR and from the links index, and queues a recompute. Unlinking what is not linked
 * changes nothing and succeeds (a double click, or two people tidying up). The last target stays: a Jira KR must
 * measure something, so the caller links other work first or changes the KR's source.
 */
export async function unlinkTarget(
  services: Pick<Services, 'repos' | 'clock' | 'recomputeQueue'>,
  caller: Caller,
  input: UnlinkTargetPayload,
): Promise<Outcome<Written>> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await services.repos.keyResults.get(input.keyResultId);
    if (!current) return notFound('Key result', input.keyResultId);
    const objective = await loadEditableObjective(services, caller, current.objectiveId, { path: 'keyResultId' });
    if (!objective.ok) return objective;
    const source = jiraSourceOf(current);
    if (!source.ok) return source;
    const key = targetKey(input.target);
    const targets = source.value.targets.filter((t) => targetKey(t) !== key);
    if (targets.length === source.value.targets.length) {
      await services.repos.links.remove(current.id, input.target);
      return ok({ id: current.id, version: current.version });
    }
    if (targets.length === 0) {
      return invalidField('target', `is the only work "${current.title}" measures: link other work first`);
    }
    const written = await saveTargets(services, caller, current, source.value, targets, attempt < ATTEMPTS);
    if (written) return written;
  }
}
