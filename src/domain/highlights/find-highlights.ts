import { addDays, type CalendarDay } from '../model/calendar-day';
import type { KeyResultKind } from '../model/key-result';
import type { Period } from '../model/period';
import type { Settings } from '../model/settings';
import { assessPace, type PaceStatus } from '../rollup/pace';

/** Highlights look back over this many calendar days: today and the six days before it. */
export const HIGHLIGHT_WINDOW_DAYS = 7;

export interface HighlightCandidate {
  keyResultId: string;
  kind: KeyResultKind;
  period: Pick<Period, 'start' | 'end'>;
  /** Daily snapshots (any order); the one on the day before the window, if any, is the starting point. */
  snapshots: readonly { date: CalendarDay; progress: number }[];
  /** Today's stored progress: what every view shows today. */
  progress: number;
}

export interface Highlight {
  keyResultId: string;
  /** `done`: reached progress 1; `recovered`: moved from at-risk or off-track to on-track. */
  what: 'done' | 'recovered';
  /** The first calendar day the change showed. */
  on: CalendarDay;
}

/**
 * KRs worth recognising this week: those that crossed done, or moved from at-risk/off-track to on-track, on one of
 * the last HIGHLIGHT_WINDOW_DAYS days (today included), and still are so today.
 *
 * Snapshots store progress only, not status, so a past day's status is derived the way views derive today's: pace
 * against that day's expected progress (assessPace), with today's thresholds. A day without a snapshot carries the
 * last known value forward; a KR with no value before a day has nothing to compare that day with. A KR that crossed
 * done is listed once, as done, even if it recovered on the way; when a change happened twice the latest day counts.
 * Newest first; on one day done before recovered, then by KR id.
 */
export function findHighlights(
  candidates: readonly HighlightCandidate[],
  today: CalendarDay,
  settings: Pick<Settings, 'statusThresholds' | 'aspirationalNorm'>,
): Highlight[] {
  const found = candidates.flatMap((candidate) => {
    const highlight = highlightOf(candidate, today, settings);
    return highlight ? [highlight] : [];
  });
  return found.sort(
    (a, b) =>
      compare(b.on, a.on) ||
      (a.what === b.what ? 0 : a.what === 'done' ? -1 : 1) ||
      compare(a.keyResultId, b.keyResultId),
  );
}

function highlightOf(
  candidate: HighlightCandidate,
  today: CalendarDay,
  settings: Pick<Settings, 'statusThresholds' | 'aspirationalNorm'>,
): Highlight | undefined {
  const statusOn = (day: CalendarDay, progress: number): PaceStatus =>
    assessPace({ progress, period: candidate.period, today: day, kind: candidate.kind, settings }).status;
  const history = [...candidate.snapshots].filter((s) => s.date < today).sort((a, b) => compare(a.date, b.date));
  const firstDay = addDays(today, -(HIGHLIGHT_WINDOW_DAYS - 1));
  let cursor = 0;
  let known: number | undefined;
  const valueOn = (day: CalendarDay): number | undefined => {
    while (cursor < history.length && (history[cursor]?.date ?? '') <= day) {
      known = history[cursor]?.progress;
      cursor += 1;
    }
    return known;
  };

  let previous = valueOn(addDays(firstDay, -1));
  let doneOn: CalendarDay | undefined;
  let recoveredOn: CalendarDay | undefined;
  for (let day = firstDay; day <= today; day = addDays(day, 1)) {
    const current = day === today ? candidate.progress : valueOn(day);
    if (previous !== undefined && current !== undefined) {
      const before = statusOn(addDays(day, -1), previous);
      const after = statusOn(day, current);
      if (before !== 'done' && after === 'done') doneOn = day;
      if ((before === 'at-risk' || before === 'off-track') && after === 'on-track') recoveredOn = day;
    }
    previous = current;
  }

  const now = statusOn(today, candidate.progress);
  if (doneOn !== undefined && now === 'done') return { keyResultId: candidate.keyResultId, what: 'done', on: doneOn };
  if (recoveredOn !== undefined && now === 'on-track') {
    return { keyResultId: candidate.keyResultId, what: 'recovered', on: recoveredOn };
  }
  return undefined;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
