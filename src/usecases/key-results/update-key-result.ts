import type { UpdateKeyResultPayload, Written } from '../../contract';
import { KeyResult, parseOrError, targetKey } from '../../domain';
import type { Services } from '../../services';
import { requestBackfill } from '../history/backfill-job';
import { verifyTargets } from '../links/verify-targets';
import type { Caller } from '../objectives/caller';
import { failure, notFound, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { written } from '../objectives/written';
import { duplicateTargets } from './duplicate-targets';
import { recomputeSoon } from './recompute-soon';
import { syncLinks, targetsOf } from './sync-links';

/**
 * Edits what the payload names. `version` is what the editor loaded: a save over someone else's change answers
 * CONFLICT and writes nothing. Targets added to a Jira source are checked as the caller, like a link.
 */
export async function updateKeyResult(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser' | 'recomputeQueue'>,
  caller: Caller,
  input: UpdateKeyResultPayload,
): Promise<Outcome<Written>> {
  const stored = await services.repos.keyResults.get(input.keyResultId);
  if (!stored) return notFound('Key result', input.keyResultId);
  const objective = await loadEditableObjective(services, caller, stored.objectiveId);
  if (!objective.ok) return objective;

  const { keyResultId: _id, version, ...changes } = input;
  const before = targetsOf(stored.source);
  const after = changes.source ? targetsOf(changes.source) : before;
  const duplicates = duplicateTargets(after, 'source.targets');
  if (duplicates.length > 0) return failure('VALIDATION', 'source.targets lists a target twice', duplicates);
  const known = new Set(before.map(targetKey));
  const added = after.map((target, index) => ({ target, index })).filter(({ target }) => !known.has(targetKey(target)));
  if (added.length > 0) {
    const visible = await verifyTargets(
      services.jiraAsUser(caller.accountId).api,
      added.map((a) => a.target),
      (i) => `source.targets.${added[i]?.index ?? i}`,
    );
    if (!visible.ok) return visible;
  }

  const merged = parseOrError(KeyResult, {
    ...stored,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    version,
    updatedAt: services.clock.now().toISOString(),
  });
  if (!merged.ok) return merged;
  const saved = await services.repos.keyResults.update(merged.value);
  if (saved.ok) {
    await syncLinks(services, stored.id, before, after, caller.accountId);
    await recomputeSoon(services, [stored.id], 'kr-changed');
    // New scope gets its history rebuilt, as when it is linked from an epic (issue #8).
    if (added.length > 0) await requestBackfill(services, saved.value);
  }
  return written(saved);
}
