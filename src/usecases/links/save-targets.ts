import type { Written } from '../../contract';
import { ok, targetKey, type JiraSource, type KeyResult, type Target } from '../../domain';
import type { Services } from '../../services';
import { requestBackfill } from '../history/backfill-job';
import { recomputeSoon } from '../key-results/recompute-soon';
import { syncLinks } from '../key-results/sync-links';
import type { Caller } from '../objectives/caller';
import type { Outcome } from '../objectives/failure';
import { conflict } from '../objectives/written';

/**
 * Writes a KR's new target list (the record that is the truth), then brings the links index in line and queues a
 * recompute, and, when a target was added, a history backfill (the chart has shape on the day it is linked). Answers `undefined` when someone saved the KR in between and `mayRetry` allows reading it again.
 */
export async function saveTargets(
  services: Pick<Services, 'repos' | 'clock' | 'recomputeQueue'>,
  caller: Caller,
  current: KeyResult,
  source: JiraSource,
  targets: Target[],
  mayRetry: boolean,
): Promise<Outcome<Written> | undefined> {
  const saved = await services.repos.keyResults.update({
    ...current,
    source: { ...source, targets },
    updatedAt: services.clock.now().toISOString(),
  });
  if (!saved.ok) return mayRetry && saved.error.reason === 'stale' ? undefined : conflict(saved.error);
  await syncLinks(services, current.id, source.targets, targets, caller.accountId);
  await recomputeSoon(services, [current.id], 'link-changed');
  const before = new Set(source.targets.map(targetKey));
  if (targets.some((t) => !before.has(targetKey(t)))) await requestBackfill(services, saved.value);
  return ok({ id: saved.value.id, version: saved.value.version });
}
