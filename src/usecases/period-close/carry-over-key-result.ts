import type { CarryOverKeyResultPayload, Written } from '../../contract';
import { computeKeyResultProgress, KeyResult, parseOrError, type KeyResult as KeyResultRecord } from '../../domain';
import type { Services } from '../../services';
import { newRecordId } from '../../store';
import { recomputeSoon } from '../key-results/recompute-soon';
import { syncLinks, targetsOf } from '../key-results/sync-links';
import { verifyTargets } from '../links/verify-targets';
import { refuseUnlessEditor, type Caller } from '../objectives/caller';
import { failure, invalidField, notFound, type Outcome } from '../objectives/failure';
import { written } from '../objectives/written';
import { nextPeriod } from '../periods/next-period';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { carriedSource } from './carried-copy';
import { destinationObjective } from './continuation-objective';
import { loadPeriodRecords } from './period-records';

/**
 * Carries an unfinished KR into the next quarter: a new KR linked to the original by `carriedFrom`, measuring only
 * what is left (carried-copy.ts), in the objective the caller names or in the continuation of the original's
 * objective. The original is not changed: it keeps its grade and its record. A KR is carried once; a second attempt
 * answers ALREADY_LINKED naming the copy (the copy is a link between the two periods, like a target already linked).
 * The caller must be able to edit the original's objective; its Jira targets are checked as the caller, like a new KR.
 */
export async function carryOverKeyResult(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser' | 'recomputeQueue'>,
  caller: Caller,
  input: CarryOverKeyResultPayload,
): Promise<Outcome<Written>> {
  const original = await services.repos.keyResults.get(input.keyResultId);
  if (!original) return notFound('Key result', input.keyResultId);
  const objective = await services.repos.objectives.get(original.objectiveId);
  if (!objective) return notFound('Objective', original.objectiveId);
  const refused = await refuseUnlessEditor(caller, objective);
  if (refused) return refused;

  const next = nextPeriod(original.periodId, await services.repos.settings.get());
  if (!next) {
    return invalidField(
      'keyResultId',
      `belongs to ${original.periodId}, a year: only a quarter's work is carried over`,
    );
  }
  if ((await progressOf(services, original)) >= 1) {
    return invalidField('keyResultId', `"${original.title}" is done: there is nothing left to carry over`);
  }
  const intoClosed = await refuseIfPeriodClosed(services, next.id);
  if (intoClosed) return intoClosed;
  const copy = (await loadPeriodRecords(services, next.id)).keyResults.find((kr) => kr.carriedFrom === original.id);
  if (copy) {
    return failure(
      'ALREADY_LINKED',
      `"${original.title}" was already carried over into ${next.id} as "${copy.title}": edit that key result instead.`,
    );
  }

  const { source, baseline } = carriedSource(original.source);
  const targets = targetsOf(source);
  if (targets.length > 0) {
    const visible = await verifyTargets(services.jiraAsUser(caller.accountId).api, targets, () => 'keyResultId');
    if (!visible.ok) return visible;
  }
  const destination = await destinationObjective(services, caller, objective, next, input.toObjectiveId);
  if (!destination.ok) return destination;

  const now = services.clock.now().toISOString();
  const carried = parseOrError(KeyResult, {
    id: newRecordId(),
    objectiveId: destination.value.id,
    title: original.title,
    ownerIds: original.ownerIds,
    kind: original.kind,
    weight: original.weight,
    source,
    ...(baseline ? { baseline } : {}),
    periodId: next.id,
    carriedFrom: original.id,
    version: 0,
    createdAt: now,
    updatedAt: now,
  });
  if (!carried.ok) return carried;
  const created = await services.repos.keyResults.create(carried.value);
  if (created.ok) {
    await syncLinks(services, created.value.id, [], targets, caller.accountId);
    await recomputeSoon(services, [created.value.id], 'kr-changed');
  }
  return written(created);
}

/** Jira KRs by their stored progress; metric and checklist KRs from their own record, which is exact. */
async function progressOf(services: Pick<Services, 'repos'>, kr: KeyResultRecord): Promise<number> {
  if (kr.source.type !== 'jira') return computeKeyResultProgress(kr).progress;
  return (await services.repos.progress.get(kr.id))?.progress ?? 0;
}
