import type { KeyResultInput, Written } from '../../contract';
import { KeyResult, parseOrError } from '../../domain';
import type { Services } from '../../services';
import { newRecordId } from '../../store';
import { verifyTargets } from '../links/verify-targets';
import type { Caller } from '../objectives/caller';
import { failure, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { written } from '../objectives/written';
import { duplicateTargets } from './duplicate-targets';
import { requestBackfill } from '../history/backfill-job';
import { recomputeSoon } from './recompute-soon';
import { syncLinks, targetsOf } from './sync-links';

/**
 * Adds a key result to an objective the caller may edit. Its Jira targets must be work the caller can see (checked as
 * them); it takes its objective's period; its progress is computed by the recompute queue, not here.
 */
export async function createKeyResult(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser' | 'recomputeQueue'>,
  caller: Caller,
  input: KeyResultInput,
): Promise<Outcome<Written>> {
  const loaded = await loadEditableObjective(services, caller, input.objectiveId);
  if (!loaded.ok) return loaded;
  const targets = targetsOf(input.source);
  const duplicates = duplicateTargets(targets, 'source.targets');
  if (duplicates.length > 0) return failure('VALIDATION', 'source.targets lists a target twice', duplicates);
  if (targets.length > 0) {
    const visible = await verifyTargets(
      services.jiraAsUser(caller.accountId).api,
      targets,
      (i) => `source.targets.${i}`,
    );
    if (!visible.ok) return visible;
  }
  const now = services.clock.now().toISOString();
  const keyResult = parseOrError(KeyResult, {
    ...input,
    id: newRecordId(),
    periodId: loaded.value.periodId,
    version: 0,
    createdAt: now,
    updatedAt: now,
  });
  if (!keyResult.ok) return keyResult;
  const created = await services.repos.keyResults.create(keyResult.value);
  if (created.ok) {
    await syncLinks(services, created.value.id, [], targets, caller.accountId);
    await recomputeSoon(services, [created.value.id], 'kr-changed');
    await requestBackfill(services, created.value);
  }
  return written(created);
}
