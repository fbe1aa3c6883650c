import type { ManualClock } from '../forge';

/**
 * The simulated site's clock. It runs at the speed of real time from where the world last was (the world waits
 * while the sandbox is stopped), jumps forward when work is simulated, and can be held still at an instant while
 * history is seeded or replayed. It is a ManualClock, so an emulated queue can drain by jumping to due times.
 */
export interface WorldClock extends ManualClock {
  /** Holds the clock at an instant until `release`. */
  pin(instant: Date): void;
  /** Lets the clock run again from where it is. */
  release(): void;
  /** World time minus real time: what a browser adds to its own clock to agree with the site. */
  offsetMs(): number;
}

export function createWorldClock(start: Date, realNow: () => number = Date.now): WorldClock {
  let worldAtBase = start.getTime();
  let realAtBase = realNow();
  let pinned: number | undefined;
  const now = () => pinned ?? worldAtBase + (realNow() - realAtBase);
  const rebase = (world: number) => {
    worldAtBase = world;
    realAtBase = realNow();
  };
  return {
    now: () => new Date(now()),
    advance(milliseconds) {
      if (pinned !== undefined) pinned += milliseconds;
      else rebase(now() + milliseconds);
    },
    set(instant) {
      const target = new Date(instant).getTime();
      if (pinned !== undefined) pinned = target;
      else rebase(target);
    },
    pin(instant) {
      pinned = instant.getTime();
    },
    release() {
      if (pinned === undefined) return;
      rebase(pinned);
      pinned = undefined;
    },
    offsetMs: () => now() - realNow(),
  };
}
