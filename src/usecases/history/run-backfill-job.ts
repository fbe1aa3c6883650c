/**
 * The consumer's side of a history backfill: rebuild a KR's burn-up for its period from Jira (changelogs or counts,
 * whichever costs fewer points: rebuild-history.ts) and store it as snapshots, so the chart has shape on the day its
 * scope is linked.
 *
 * Idempotent: a day that already has a snapshot keeps it (a daily snapshot measured the real scope that day, and a
 * re-run job finds its own days already written), and today is left to the daily job. Resumable: when Jira stops
 * answering (rate limits, outages), the job queues itself again with the cursor the backfill returned, so the next run
 * goes on from the next changelog page or the next uncounted day, not from the start.
 *
 * The snapshot model has no "backfilled" mark, so a backfilled day reads like a daily one. One consequence: linking
 * another epic later backfills only the days that have no snapshot yet, and earlier days keep the narrower scope.
 */
import { calendarDayIn, type BurnupDay, type CalendarDay, type KeyResult, type ProgressSnapshot } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { resolvePeriod } from '../periods/resolve-period';
import { backfillable, BackfillJob, MAX_BACKFILL_ATTEMPTS, MAX_CURSOR_BYTES, requestBackfill } from './backfill-job';
import { rebuildHistory, type HistoryCursor } from './rebuild-history';

export type BackfillJobServices = Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'recomputeQueue'>;

export type BackfillJobOutcome =
  | { status: 'done'; keyResultId: string; days: number; written: number; kept: number }
  | { status: 'requeued'; keyResultId: string; reason: string; attempt: number }
  | { status: 'gave-up'; keyResultId: string; reason: string }
  | { status: 'ignored'; reason: string };

/** First wait after an interruption; doubled per attempt, at most the queue's 900 s. */
const RETRY_DELAY_SECONDS = 60;

export async function runBackfillJob(services: BackfillJobServices, body: unknown): Promise<BackfillJobOutcome> {
  const parsed = BackfillJob.safeParse(body);
  if (!parsed.success) return { status: 'ignored', reason: 'Not a backfill job.' };
  const job = parsed.data;
  const kr = await services.repos.keyResults.get(job.keyResultId);
  if (!kr) return { status: 'ignored', reason: `The key result ${job.keyResultId} no longer exists.` };
  if (!backfillable(kr) || kr.source.type !== 'jira') {
    return { status: 'ignored', reason: 'Its progress is not an issue count over its scope: nothing to backfill.' };
  }
  const settings = await services.repos.settings.get();
  const period = resolvePeriod(kr.periodId, settings);
  if (!period) return { status: 'ignored', reason: `The period '${kr.periodId}' has no known dates.` };
  const now = services.clock.now();
  const today = calendarDayIn(now, settings.timeZone) ?? now.toISOString().slice(0, 10);
  const meta = await services.repos.jiraMeta.get();

  let outcome: Awaited<ReturnType<typeof rebuildHistory>>;
  try {
    outcome = await rebuildHistory(services.jiraAsApp().api, {
      targets: kr.source.targets,
      includeSubtasks: kr.source.includeSubtasks,
      period: { start: period.start, end: period.end },
      today,
      timeZone: settings.timeZone,
      statusCategoryOf: (id) => meta.statusCategories[id],
      ...(job.cursor === undefined ? {} : { cursor: historyCursor(job.cursor) }),
    });
  } catch (error) {
    // Not an outage (those come back as a cursor): an epic deleted since, a refused query. A retry would fail the same
    // way, so the job ends here and the daily snapshots carry the history on.
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'gave-up', keyResultId: kr.id, reason: `Jira refused the backfill: ${reason}`.slice(0, 500) };
  }

  if (outcome.status === 'interrupted') {
    const attempt = (job.attempt ?? 0) + 1;
    const reason = `Jira was unavailable (${outcome.reason}).`;
    if (attempt > MAX_BACKFILL_ATTEMPTS) return { status: 'gave-up', keyResultId: kr.id, reason };
    const fits =
      outcome.cursor !== undefined && Buffer.byteLength(JSON.stringify(outcome.cursor), 'utf8') <= MAX_CURSOR_BYTES;
    await requestBackfill(services, kr, {
      attempt,
      delayInSeconds: RETRY_DELAY_SECONDS * 2 ** Math.min(attempt - 1, 4),
      ...(fits ? { cursor: outcome.cursor } : {}),
    });
    return { status: 'requeued', keyResultId: kr.id, reason, attempt };
  }

  const { written, kept } = await mergeSnapshots(services, kr, outcome.days, today);
  return { status: 'done', keyResultId: kr.id, days: outcome.days.length, written, kept };
}

/** A job's cursor; one queued before backfills had two ways (no `strategy`) was a changelog cursor. */
function historyCursor(cursor: unknown): HistoryCursor {
  const stored = cursor as Partial<HistoryCursor>;
  return (stored.strategy === undefined ? { ...stored, strategy: 'changelogs' } : stored) as HistoryCursor;
}

/** Writes the backfilled days before today that have no snapshot yet; every existing snapshot is kept. */
async function mergeSnapshots(
  services: Pick<Services, 'repos'>,
  kr: KeyResult,
  days: readonly BurnupDay[],
  today: CalendarDay,
): Promise<{ written: number; kept: number }> {
  const past = days.filter((d) => d.date < today);
  if (past.length === 0) return { written: 0, kept: 0 };
  const existing = await collectAll(
    (page) =>
      services.repos.snapshots.listByKeyResult(kr.id, {
        ...page,
        from: past[0]?.date,
        to: past[past.length - 1]?.date,
      }),
    { limit: 100, maxItems: 400 },
  );
  const taken = new Set(existing.map((s) => s.date));
  let written = 0;
  for (const day of past) {
    if (taken.has(day.date)) continue;
    await services.repos.snapshots.save(snapshotOfDay(kr.id, day));
    written += 1;
  }
  return { written, kept: past.length - written };
}

function snapshotOfDay(keyResultId: string, day: BurnupDay): ProgressSnapshot {
  // Count measure: progress = done / scope, 0 for an empty scope (DESIGN: never NaN).
  return {
    keyResultId,
    date: day.date,
    progress: day.scope > 0 ? Math.min(1, day.done / day.scope) : 0,
    scopeIssues: day.scope,
    doneIssues: day.done,
  };
}
