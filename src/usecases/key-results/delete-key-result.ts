import type { DeleteKeyResultPayload, Written } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { notFound, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { conflict } from '../objectives/written';

/**
 * Deletes a key result at the version the editor loaded, with its links and derived progress. Its check-ins and
 * daily snapshots are left in storage: they are history, and nothing lists them without the KR.
 */
export async function deleteKeyResult(
  services: Pick<Services, 'repos'>,
  caller: Caller,
  input: DeleteKeyResultPayload,
): Promise<Outcome<Written>> {
  const { repos } = services;
  const stored = await repos.keyResults.get(input.keyResultId);
  if (!stored) return notFound('Key result', input.keyResultId);
  const objective = await loadEditableObjective(services, caller, stored.objectiveId);
  if (!objective.ok) return objective;
  const deleted = await repos.keyResults.delete(stored.id, input.version);
  if (!deleted.ok) return conflict(deleted.error);
  const links = await collectAll((page) => repos.links.listByKeyResult(stored.id, page), { limit: 100 });
  for (const link of links) await repos.links.remove(stored.id, link.target);
  await repos.progress.delete(stored.id);
  return ok({ id: stored.id, version: input.version });
}
