/**
 * The history backfill's job on the recompute queue ('okr-recompute'): `{kind: 'backfill', keyResultId}`, and, when
 * an earlier run was interrupted by Jira (rate limits, outages), the cursor it stopped at. Jobs of this kind are told
 * apart from recompute jobs by `kind` (src/entry/events.ts).
 */
import { z } from 'zod';
import { EntityId, type KeyResult } from '../../domain';
import type { Services } from '../../services';
import { rebuildableScope } from './rebuild-history';

/** Interrupted runs re-queue themselves this many times at most; then the daily snapshots carry on alone. */
export const MAX_BACKFILL_ATTEMPTS = 12;
/** An async event's body is at most 200 KB: a cursor larger than this restarts from the search instead. */
export const MAX_CURSOR_BYTES = 150 * 1024;

export const BackfillJob = z.object({
  kind: z.literal('backfill'),
  keyResultId: EntityId,
  attempt: z.number().int().min(0).max(MAX_BACKFILL_ATTEMPTS).optional(),
  /** A HistoryCursor (src/usecases/history/rebuild-history.ts), checked by use, not by shape. */
  cursor: z.unknown().optional(),
});
export type BackfillJob = z.infer<typeof BackfillJob>;

export function isBackfillJob(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'backfill';
}

/**
 * Which KRs a backfill can rebuild: issue counts without a period baseline (rebuild-history.ts `rebuildableScope`).
 * Story points and baseline progress are not what it rebuilds, so those KRs start their history with the first daily
 * snapshot.
 */
export function backfillable(kr: KeyResult): boolean {
  return kr.source.type === 'jira' && !kr.baseline && rebuildableScope(kr.source);
}

/**
 * Queues a backfill of a KR whose scope was just linked. The link is already written, so a failed push is logged,
 * not answered: the daily snapshots still build the history from today.
 */
export async function requestBackfill(
  services: Pick<Services, 'recomputeQueue'>,
  kr: KeyResult,
  options: { delayInSeconds?: number; attempt?: number; cursor?: unknown } = {},
): Promise<boolean> {
  if (!backfillable(kr)) return false;
  const body: BackfillJob = {
    kind: 'backfill',
    keyResultId: kr.id,
    ...(options.attempt ? { attempt: options.attempt } : {}),
    ...(options.cursor === undefined ? {} : { cursor: options.cursor }),
  };
  const delay = Math.min(900, Math.max(0, Math.round(options.delayInSeconds ?? 0)));
  try {
    await services.recomputeQueue.push([{ body, ...(delay > 0 ? { delayInSeconds: delay } : {}) }]);
    return true;
  } catch (error) {
    console.error(`okr: could not queue a history backfill for ${kr.id}:`, error);
    return false;
  }
}
