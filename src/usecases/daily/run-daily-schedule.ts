/**
 * The daily scheduled job: queue every KR of the periods containing today for a full refresh and a snapshot, in
 * chunks of KRS_PER_JOB so no consumer invocation nears its limit. The refresh reconciles what issue events
 * maintained with a fresh count and renews each KR's baseline; the consumer then snapshots the day.
 *
 * Forge may run a scheduled trigger twice: the first run of a day claims it, a second one does nothing.
 */
import {
  calendarDayIn,
  fiscalYearOf,
  fiscalYearPeriod,
  quarterOf,
  type CalendarDay,
  type Settings,
} from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { KRS_PER_JOB, requestRecompute } from '../recompute/recompute-job';

export type DailyServices = Pick<Services, 'repos' | 'clock' | 'recomputeQueue'>;

export interface DailyOutcome {
  status: 'queued' | 'already-ran';
  date: CalendarDay;
  periodIds: string[];
  keyResults: number;
  jobs: number;
}

/** Under the async-events limit of 500 events a minute per installation, with room for issue events. */
const JOBS_PER_MINUTE = 400;
const CLAIM_TTL_SECONDS = 36 * 3600;

export async function runDailySchedule(services: DailyServices): Promise<DailyOutcome> {
  const settings = await services.repos.settings.get();
  const now = services.clock.now();
  const date = calendarDayIn(now, settings.timeZone) ?? now.toISOString().slice(0, 10);
  const periodIds = activePeriodIds(date, settings);
  const claimed = await services.repos.recomputeMarkers.acquire(
    { keyResultId: `daily-${date}`, lane: 'full', dueAt: now.toISOString(), reason: 'daily' },
    CLAIM_TTL_SECONDS,
  );
  if (!claimed) return { status: 'already-ran', date, periodIds, keyResults: 0, jobs: 0 };

  const ids = new Set<string>();
  for (const periodId of periodIds) {
    const krs = await collectAll((page) => services.repos.keyResults.listByPeriod(periodId, page), {
      limit: 100,
      maxItems: 100_000,
    });
    for (const kr of krs) ids.add(kr.id);
  }
  const all = [...ids].sort();
  const perMinute = JOBS_PER_MINUTE * KRS_PER_JOB;
  for (let start = 0, minute = 0; start < all.length; start += perMinute, minute += 1) {
    await requestRecompute(services, all.slice(start, start + perMinute), 'daily', {
      delayInSeconds: Math.min(900, minute * 60),
    });
  }
  return { status: 'queued', date, periodIds, keyResults: all.length, jobs: Math.ceil(all.length / KRS_PER_JOB) };
}

/**
 * The periods containing `date`, by the ids the app hands out: calendar quarter and year (`2026-Q4`, `2026`) always,
 * and with a fiscal year not starting in January its fiscal quarter and year too (`FY2027-Q1`, `FY2027`).
 */
export function activePeriodIds(date: CalendarDay, settings: Pick<Settings, 'fiscalYearStartMonth'>): string[] {
  const ids = [quarterOf(date, 1).id, fiscalYearPeriod(fiscalYearOf(date, 1), 1).id];
  const month = settings.fiscalYearStartMonth;
  if (month !== 1) ids.push(quarterOf(date, month).id, fiscalYearPeriod(fiscalYearOf(date, month), month).id);
  return ids;
}
