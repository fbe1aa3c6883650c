/**
 * The recompute queue's job, and the one way to ask for a recompute. Requests are coalesced per KR: while a job for a
 * KR is queued (its marker exists), another request for it adds nothing, so a burst of issue events or edits costs one
 * recompute per KR per window (docs/adr/0007).
 */
import { z } from 'zod';
import { EntityId } from '../../domain';
import type { Services } from '../../services';
import type { RecomputeLane } from '../../store';

export const RECOMPUTE_REASONS = ['link-changed', 'kr-changed', 'issue-event', 'daily', 'manual'] as const;
export type RecomputeReason = (typeof RECOMPUTE_REASONS)[number];

/** KR ids per queued event: 25 fits the async-events body limit many times over and keeps one job's work small. */
export const KRS_PER_JOB = 25;
/** The async-events limit per push. */
export const EVENTS_PER_PUSH = 50;
/** How long a burst of issue events on one KR is gathered before its recompute runs. */
export const EVENT_WINDOW_SECONDS = 20;
/** KRs that cannot be updated from an event (JQL scopes, period baselines) are refreshed at most this often. */
export const FULL_REFRESH_WINDOW_SECONDS = 300;
/** A marker outlives its job's delay by the consumer's time limit, so a job still running keeps its claim. */
const MARKER_GRACE_SECONDS = 900 + 60;
/** Retries of a refresh that found Jira unavailable, before the daily reconcile takes over. */
export const MAX_ATTEMPTS = 3;

export const RecomputeJob = z.object({
  keyResultIds: z.array(EntityId).min(1).max(KRS_PER_JOB),
  reason: z.enum(RECOMPUTE_REASONS),
  /** 0 for a first request; a retry after Jira was unavailable counts up. */
  attempt: z.number().int().min(0).max(MAX_ATTEMPTS).optional(),
});
export type RecomputeJob = z.infer<typeof RecomputeJob>;

export interface RecomputeRequestOptions {
  /** Defaults: EVENT_WINDOW_SECONDS for issue events, 0 otherwise. At most 900 (the queue's limit). */
  delayInSeconds?: number;
  attempt?: number;
}

export interface RecomputeRequestOutcome {
  /** KRs this request queued a job for. */
  queued: string[];
  /** KRs already queued in the same lane: nothing pushed for them. */
  coalesced: string[];
}

/**
 * Issue events update KRs incrementally; everything else asks for a full refresh. The daily reconcile is not
 * coalesced per KR: it runs once a day (guarded by its own marker) and must reach every KR to snapshot it.
 */
export function laneOf(reason: RecomputeReason): RecomputeLane | undefined {
  if (reason === 'issue-event') return 'event';
  return reason === 'daily' ? undefined : 'full';
}

export async function requestRecompute(
  services: Pick<Services, 'repos' | 'clock' | 'recomputeQueue'>,
  keyResultIds: readonly string[],
  reason: RecomputeReason,
  options: RecomputeRequestOptions = {},
): Promise<RecomputeRequestOutcome> {
  const ids = [...new Set(keyResultIds)];
  if (ids.length === 0) return { queued: [], coalesced: [] };
  const delayInSeconds = Math.min(
    900,
    Math.max(0, Math.round(options.delayInSeconds ?? (reason === 'issue-event' ? EVENT_WINDOW_SECONDS : 0))),
  );
  const lane = laneOf(reason);
  const { recomputeMarkers } = services.repos;

  const queued: string[] = [];
  const coalesced: string[] = [];
  if (lane === undefined) {
    queued.push(...ids);
  } else {
    const dueAt = new Date(services.clock.now().getTime() + delayInSeconds * 1000).toISOString();
    // Reading first keeps a burst cheap: while a job is queued, each further request is one batched read, no write.
    const already = await recomputeMarkers.queued(ids, lane);
    coalesced.push(...ids.filter((id) => already.has(id)));
    for (const keyResultId of ids.filter((id) => !already.has(id))) {
      const claimed = await recomputeMarkers.acquire(
        { keyResultId, lane, dueAt, reason },
        delayInSeconds + MARKER_GRACE_SECONDS,
      );
      (claimed ? queued : coalesced).push(keyResultId);
    }
  }

  const attempt = options.attempt ?? 0;
  const events = chunk(queued, KRS_PER_JOB).map((keyResultIds) => {
    const body: RecomputeJob = { keyResultIds, reason, ...(attempt > 0 ? { attempt } : {}) };
    return { body, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) };
  });
  try {
    for (const push of chunk(events, EVENTS_PER_PUSH)) await services.recomputeQueue.push(push);
  } catch (error) {
    // Without their job the claims would block these KRs until they expire: give them back.
    if (lane !== undefined) await recomputeMarkers.release(queued, lane).catch(() => undefined);
    throw error;
  }
  return { queued, coalesced };
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
