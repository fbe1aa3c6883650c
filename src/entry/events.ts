/**
 * Event-driven rollup: the issue-event trigger, the recompute consumer (which also runs history backfills) and the
 * daily scheduled job. Each validates
 * what it receives and delegates to its use case (docs/adr/0007).
 *
 * A trigger's or scheduled job's throw is not retried by Forge, so they log and answer; the consumer lets a throw
 * through, because the queue does retry it.
 */
import type { Services } from '../services';
import { handleIssueEvent } from '../usecases/events/handle-issue-event';
import { runDailySchedule } from '../usecases/daily/run-daily-schedule';
import { isBackfillJob } from '../usecases/history/backfill-job';
import { runBackfillJob } from '../usecases/history/run-backfill-job';
import { runRecomputeJob } from '../usecases/recompute/run-recompute-job';

export function buildEventHandlers(services: Services) {
  return {
    onIssueEvent: async (event: unknown, _context?: unknown): Promise<unknown> => {
      try {
        return await handleIssueEvent(services, event);
      } catch (error) {
        console.error('okr: an issue event could not be recorded; the daily reconcile will catch up', error);
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
    // One queue, two kinds of job: a history backfill says so (`kind: 'backfill'`); anything else is a recompute.
    onRecompute: async (event: unknown, _context?: unknown): Promise<unknown> => {
      const body = bodyOf(event);
      return isBackfillJob(body) ? runBackfillJob(services, body) : runRecomputeJob(services, body);
    },
    onDailySchedule: async (_event?: unknown, _context?: unknown): Promise<unknown> => {
      try {
        return await runDailySchedule(services);
      } catch (error) {
        console.error('okr: the daily reconcile could not be queued', error);
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** A consumer receives the async event; the job is its body. */
function bodyOf(event: unknown): unknown {
  return typeof event === 'object' && event !== null && 'body' in event ? (event as { body: unknown }).body : undefined;
}
