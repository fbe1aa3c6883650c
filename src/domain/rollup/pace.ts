import type { CalendarDay } from '../model/calendar-day';
import type { KeyResultKind } from '../model/key-result';
import type { Period } from '../model/period';
import type { Settings, StatusThresholds } from '../model/settings';
import { expectedProgress } from './expected-progress';
import { snap } from './numbers';

export type PaceStatus = 'done' | 'on-track' | 'at-risk' | 'off-track';

export interface PaceAssessment {
  expected: number;
  /** progress − expected: positive is ahead, negative behind. */
  pace: number;
  status: PaceStatus;
}

/**
 * `done` at progress 1; otherwise on-track if pace ≥ atRisk, at-risk if pace ≥ offTrack, else off-track.
 * Pace is snapped first so that 0.3 − 0.4 reads as the −0.10 a user would compute, not −0.10000000000000003.
 */
export function statusOf(progress: number, expected: number, thresholds: StatusThresholds): PaceStatus {
  if (snap(progress) >= 1) return 'done';
  const pace = snap(progress - expected);
  if (pace >= thresholds.atRisk) return 'on-track';
  if (pace >= thresholds.offTrack) return 'at-risk';
  return 'off-track';
}

export interface PaceInput {
  progress: number;
  period: Pick<Period, 'start' | 'end'>;
  today: CalendarDay;
  /** Objectives have no kind and are assessed as committed. */
  kind?: KeyResultKind;
  settings: Pick<Settings, 'statusThresholds' | 'aspirationalNorm'>;
}

export function assessPace({ progress, period, today, kind = 'committed', settings }: PaceInput): PaceAssessment {
  const expected = expectedProgress(period, today, kind, settings.aspirationalNorm);
  return {
    expected,
    pace: snap(progress - expected),
    status: statusOf(progress, expected, settings.statusThresholds),
  };
}
