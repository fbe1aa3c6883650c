/**
 * The recompute consumer's use case. It first gives back the job's claims (so events arriving from now on queue a
 * new job and nothing is missed), then updates each KR: from issue events without Jira where it can, from Jira
 * otherwise, in one batched refresh. A daily job also snapshots its KRs. Objective progress needs no step here: the
 * views roll it up from stored KR progress when they read it (rollupObjectives).
 */
import { calendarDayIn, snapshotOf } from '../../domain';
import type { Services } from '../../services';
import { recomputeIncrementally } from './incremental-recompute';
import { frozenKeyResults } from './frozen-key-results';
import { emptyOutcome, recomputeKeyResults, type RecomputeOutcome } from './recompute-key-results';
import { laneOf, MAX_ATTEMPTS, RecomputeJob, requestRecompute } from './recompute-job';

export type RecomputeJobServices = Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'recomputeQueue'>;

export interface RecomputeJobOutcome extends RecomputeOutcome {
  status: 'done' | 'ignored';
  reason?: string;
  /** KRs updated from issue events alone (a subset of `recomputed`). */
  incremental: string[];
  /** KRs whose refresh found Jira unavailable and were queued again. */
  retried: string[];
  /** KRs left as they are because their objective is closed or abandoned (frozen-key-results.ts). */
  frozen: string[];
  snapshots: number;
}

/** Wait before retrying a refresh that found Jira unavailable: 5, 10, 15 minutes. */
const RETRY_DELAY_SECONDS = 300;

export async function runRecomputeJob(services: RecomputeJobServices, body: unknown): Promise<RecomputeJobOutcome> {
  const parsed = RecomputeJob.safeParse(body);
  if (!parsed.success) {
    const reason = `Not a recompute job: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    return { ...emptyOutcome(), status: 'ignored', reason, incremental: [], retried: [], frozen: [], snapshots: 0 };
  }
  const job = parsed.data;
  const requested = [...new Set(job.keyResultIds)];
  const lane = laneOf(job.reason);
  if (lane) await services.repos.recomputeMarkers.release(requested, lane);
  // The one selection point every recompute passes (events, edits, the daily reconcile): graded work stays put.
  const frozen = await frozenKeyResults(services, requested);
  const ids = requested.filter((id) => !frozen.has(id));

  const now = services.clock.now();
  const incremental: string[] = [];
  let fromJira = ids;
  if (job.reason === 'issue-event') {
    const meta = await services.repos.jiraMeta.get();
    fromJira = [];
    for (const id of ids) {
      const kr = await services.repos.keyResults.get(id);
      const result = kr ? await recomputeIncrementally(services, kr, meta, now) : undefined;
      if (result?.status === 'updated') incremental.push(id);
      else fromJira.push(id);
    }
  }
  const outcome = fromJira.length > 0 ? await recomputeKeyResults(services, fromJira) : emptyOutcome();
  outcome.recomputed.unshift(...incremental);

  const snapshots = job.reason === 'daily' ? await snapshot(services, ids, now) : 0;
  const attempt = job.attempt ?? 0;
  const retried = attempt < MAX_ATTEMPTS ? outcome.retryable : [];
  if (retried.length > 0) {
    await requestRecompute(services, retried, job.reason, {
      delayInSeconds: RETRY_DELAY_SECONDS * (attempt + 1),
      attempt: attempt + 1,
    });
  }
  return { ...outcome, status: 'done', incremental, retried, frozen: [...frozen], snapshots };
}

/** One history point per KR per day (saving the same day again replaces it), from whatever progress is stored. */
async function snapshot(services: RecomputeJobServices, ids: readonly string[], now: Date): Promise<number> {
  const settings = await services.repos.settings.get();
  const today = calendarDayIn(now, settings.timeZone) ?? now.toISOString().slice(0, 10);
  const stored = await services.repos.progress.getMany(ids);
  for (const progress of stored.values()) await services.repos.snapshots.save(snapshotOf(progress, today));
  return stored.size;
}
