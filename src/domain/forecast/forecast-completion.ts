import { addDays, dayNumber, type CalendarDay } from '../model/calendar-day';
import { trialRandom } from './seeded-random';

/** Past this many weeks a trial stops: "not within 2 years" is the honest answer, not a date in 2031. */
export const FORECAST_HORIZON_WEEKS = 104;
export const FORECAST_DEFAULT_TRIALS = 10_000;

/** A completion day, or beyond the horizon. */
export type ForecastDate = CalendarDay | 'beyond-horizon';

export interface ForecastInput {
  /** Issues (or points) left to finish. */
  remaining: number;
  /** Done per week over the last N weeks, oldest first (order does not matter: weeks are resampled). */
  weeklyThroughput: readonly number[];
  today: CalendarDay;
  periodEnd: CalendarDay;
  trials?: number;
  seed: number;
}

export interface CompletionForecast {
  /** null only with insufficient data. */
  p50Date: ForecastDate | null;
  p85Date: ForecastDate | null;
  /** Share of trials done on or before the period end; null only with insufficient data. */
  probabilityByPeriodEnd: number | null;
  /** Shown next to the numbers, so nobody reads a forecast as a promise. */
  assumptions: string[];
  insufficientData?: true;
}

export function forecastCompletion(input: ForecastInput): CompletionForecast {
  const { remaining, weeklyThroughput, today, periodEnd, seed } = input;
  const trials = Math.max(1, Math.floor(input.trials ?? FORECAST_DEFAULT_TRIALS));
  const history = weeklyThroughput.filter((w) => Number.isFinite(w) && w >= 0);
  const base = [
    `Monte Carlo over ${trials} trials, sampling weeks with replacement from the last ${history.length} weeks of throughput.`,
    'Assumes the future looks like those weeks: same team, same kind of work, no scope change.',
  ];
  if (remaining <= 0) {
    return { p50Date: today, p85Date: today, probabilityByPeriodEnd: 1, assumptions: ['Nothing remains: done today.'] };
  }
  if (!history.some((w) => w > 0)) {
    return {
      p50Date: null,
      p85Date: null,
      probabilityByPeriodEnd: null,
      assumptions: [
        history.length === 0
          ? 'No throughput history: no forecast.'
          : `Nothing was done in the last ${history.length} weeks: no forecast.`,
      ],
      insufficientData: true,
    };
  }

  const weeksToFinish = new Array<number>(trials);
  for (let t = 0; t < trials; t += 1) weeksToFinish[t] = simulateTrial(remaining, history, trialRandom(seed, t));
  weeksToFinish.sort((a, b) => a - b);

  const daysLeft = dayNumber(periodEnd) - dayNumber(today);
  const onTime = weeksToFinish.filter((w) => w * 7 <= daysLeft).length;
  const p50Date = dateOf(today, percentile(weeksToFinish, 0.5));
  const p85Date = dateOf(today, percentile(weeksToFinish, 0.85));
  const assumptions = [...base, `Weekly steps: a date is the end of the week the work is expected to finish.`];
  if (p85Date === 'beyond-horizon') assumptions.push('P85 is not within 2 years at this pace.');
  return { p50Date, p85Date, probabilityByPeriodEnd: onTime / trials, assumptions };
}

/** Weeks until `remaining` is done, or Infinity past the horizon. */
function simulateTrial(remaining: number, history: readonly number[], random: () => number): number {
  let done = 0;
  for (let week = 1; week <= FORECAST_HORIZON_WEEKS; week += 1) {
    done += history[Math.floor(random() * history.length)] ?? 0;
    if (done >= remaining) return week;
  }
  return Infinity;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Infinity;
}

function dateOf(today: CalendarDay, weeks: number): ForecastDate {
  return Number.isFinite(weeks) ? addDays(today, weeks * 7) : 'beyond-horizon';
}

/** A KR is flagged when its P85 date falls after the period end (or beyond the horizon); no forecast, no flag. */
export function flagLateForecast(p85Date: ForecastDate | null, periodEnd: CalendarDay): boolean {
  if (p85Date === null) return false;
  return p85Date === 'beyond-horizon' || p85Date > periodEnd;
}
