/**
 * Simulated time shared by the simulator (its clock: quotas, burst windows, count lag, timestamps) and the Jira
 * client (its clock and `sleep`: Retry-After, backoff, budgets). `sleep` parks the caller; `run` drives a promise to
 * completion, jumping the clock to the earliest sleeper whenever nothing else can progress, i.e. when no request is
 * in flight (HTTP and simulated timeouts take real time) and the microtask and I/O queues are drained.
 */
import type { Clock, JiraFetch } from '../../../../src/platform';

export class VirtualTime {
  private t: number;
  private sleepers: Array<{ wake: number; resolve: () => void }> = [];
  private inFlight = 0;
  readonly clock: Clock = { now: () => new Date(this.t) };

  constructor(start: Date) {
    this.t = start.getTime();
  }

  nowMs(): number {
    return this.t;
  }

  advance(ms: number): void {
    this.t += ms;
  }

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => this.sleepers.push({ wake: this.t + Math.max(0, ms), resolve }));

  /** Wraps a transport so time does not jump while one of its requests is outstanding. */
  track(inner: JiraFetch): JiraFetch {
    return async (path, init) => {
      this.inFlight += 1;
      try {
        return await inner(path, init);
      } finally {
        this.inFlight -= 1;
      }
    };
  }

  async run<T>(promise: Promise<T>, realTimeoutMs = 20_000): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const giveUpAt = Date.now() + realTimeoutMs;
    while (!settled) {
      if (Date.now() > giveUpAt) throw new Error('VirtualTime.run: the promise did not settle');
      await idle();
      if (settled) break;
      if (this.inFlight > 0 || this.sleepers.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 1)); // real I/O or real timers are pending
        continue;
      }
      const wake = Math.min(...this.sleepers.map((s) => s.wake));
      this.t = Math.max(this.t, wake);
      const due = this.sleepers.filter((s) => s.wake <= this.t);
      this.sleepers = this.sleepers.filter((s) => s.wake > this.t);
      for (const s of due) s.resolve();
    }
    return promise;
  }
}

async function idle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
