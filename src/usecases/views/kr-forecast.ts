import type { ForecastDto } from '../../contract';
import {
  addDays,
  flagLateForecast,
  forecastCompletion,
  type CalendarDay,
  type KeyResult,
  type KrProgress,
  type Period,
  type ProgressSnapshot,
} from '../../domain';
import { unitOfProgress, unitOfSnapshot } from './burnup';

/** Weeks of throughput a forecast samples: a quarter's recent half, long enough to smooth a holiday week. */
export const FORECAST_WEEKS = 8;
/** The snapshots a forecast reads: from this many days before today. */
export const FORECAST_LOOKBACK_DAYS = FORECAST_WEEKS * 7;

export interface KrForecastInput {
  keyResult: KeyResult;
  progress: KrProgress | undefined;
  /** The KR's daily snapshots, any order; only the last FORECAST_WEEKS weeks are used. */
  snapshots: readonly ProgressSnapshot[];
  period: Period | undefined;
  today: CalendarDay;
}

/**
 * A Jira KR's completion forecast from stored data only: remaining = scope − done of the stored progress, weekly
 * throughput = the growth of `done` between the snapshots closest before each of the last FORECAST_WEEKS week
 * boundaries (today, today − 7, …). A week without a snapshot at both ends is left out rather than read as zero.
 * The seed comes from the KR id, so a forecast reads the same on every view and every reload.
 *
 * No forecast for metric and milestone KRs (no throughput to sample), before the first refresh, without a datable
 * period, or once the period has ended.
 */
export function krForecast(input: KrForecastInput): ForecastDto | undefined {
  const { keyResult, progress, period, today } = input;
  if (keyResult.source.type !== 'jira' || !progress || !period) return undefined;
  // After the period the grade tells the story; a forecast would flag every unfinished KR forever.
  if (today > period.end) return undefined;
  const now = unitOfProgress(keyResult, progress);
  const weekly = weeklyThroughput(keyResult, input.snapshots, today);
  const unit = keyResult.source.measure === 'points' ? 'story points' : 'issues';
  const result = forecastCompletion({
    remaining: Math.max(0, now.scope - now.done),
    weeklyThroughput: weekly,
    today,
    periodEnd: period.end,
    seed: seedOf(keyResult.id),
  });
  return {
    p50: result.p50Date,
    p85: result.p85Date,
    probabilityByPeriodEnd: result.probabilityByPeriodEnd,
    late: flagLateForecast(result.p85Date, period.end),
    assumptions: [
      `Remaining: ${round(Math.max(0, now.scope - now.done))} ${unit} (scope ${round(now.scope)} − done ${round(now.done)}).`,
      `Throughput: ${unit} done per week from daily snapshots, over ${weekly.length} of the last ${FORECAST_WEEKS} weeks (${weekly.map(round).join(', ') || 'none'}).`,
      ...result.assumptions,
    ],
  };
}

/** Done per week, oldest week first; a drop (reopened work) counts as a week with nothing done. */
export function weeklyThroughput(
  keyResult: KeyResult,
  snapshots: readonly ProgressSnapshot[],
  today: CalendarDay,
): number[] {
  const sorted = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const doneAt = (day: CalendarDay): number | undefined => {
    let found: ProgressSnapshot | undefined;
    for (const s of sorted) if (s.date <= day) found = s;
    return found && found.date > addDays(day, -7) ? unitOfSnapshot(keyResult, found).done : undefined;
  };
  const weeks: number[] = [];
  for (let k = FORECAST_WEEKS; k >= 1; k -= 1) {
    const start = doneAt(addDays(today, -7 * k));
    const end = doneAt(addDays(today, -7 * (k - 1)));
    if (start !== undefined && end !== undefined) weeks.push(Math.max(0, end - start));
  }
  return weeks;
}

/** FNV-1a of the id: a stable 32-bit seed. */
export function seedOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const round = (value: number): number => Math.round(value * 100) / 100;
