import type { Clock } from '../../src/platform';

export interface ManualClock extends Clock {
  advance(milliseconds: number): void;
  set(instant: Date | string): void;
}

/** A clock that moves only when told to, so TTLs, queue delays and retries are deterministic in tests. */
export function createManualClock(start: Date | string = '2026-01-01T00:00:00.000Z'): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (milliseconds) => {
      current += milliseconds;
    },
    set: (instant) => {
      current = new Date(instant).getTime();
    },
  };
}
