/**
 * Shared throttling state of one client. Jira's three 429 kinds need different reactions:
 * - an hourly points quota (`jira-quota-*`) is exhausted for every endpoint, so ALL calls pause until it resets;
 * - a burst limit (`jira-burst-based`) is per tenant/endpoint/method, so only that endpoint is slowed: it waits out
 *   `Retry-After`, then its calls are spaced; the spacing halves on each success until it disappears.
 */

export type Sleep = (ms: number) => Promise<void>;

export class GateTimeout extends Error {
  override readonly name = 'GateTimeout';
  constructor(readonly waitMs: number) {
    super(`Throttled for ${waitMs} ms, beyond this call's time budget`);
  }
}

const MIN_SPACING_MS = 250;
const MAX_SPACING_MS = 2_000;

interface EndpointPace {
  notBefore: number;
  spacingMs: number;
}

export class RateGate {
  private pausedUntil = 0;
  private readonly endpoints = new Map<string, EndpointPace>();

  constructor(
    private readonly nowMs: () => number,
    private readonly sleep: Sleep,
  ) {}

  /** Resolves when this endpoint may be called; throws `GateTimeout` instead of waiting past `deadlineMs`. */
  async waitTurn(endpoint: string, deadlineMs: number): Promise<void> {
    for (;;) {
      const now = this.nowMs();
      const pace = this.endpoints.get(endpoint);
      const until = Math.max(this.pausedUntil, pace?.notBefore ?? 0);
      if (until <= now) {
        if (pace && pace.spacingMs > 0) pace.notBefore = now + pace.spacingMs; // reserve this slot
        return;
      }
      if (until > deadlineMs) throw new GateTimeout(until - now);
      await this.sleep(until - now);
      // Loop: the pause may have been extended while we slept.
    }
  }

  pauseAll(forMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.nowMs() + forMs);
  }

  slowEndpoint(endpoint: string, retryAfterMs: number): void {
    const pace = this.endpoints.get(endpoint) ?? { notBefore: 0, spacingMs: 0 };
    pace.spacingMs = Math.min(MAX_SPACING_MS, Math.max(MIN_SPACING_MS, pace.spacingMs * 2));
    pace.notBefore = Math.max(pace.notBefore, this.nowMs() + retryAfterMs);
    this.endpoints.set(endpoint, pace);
  }

  recordSuccess(endpoint: string): void {
    const pace = this.endpoints.get(endpoint);
    if (!pace) return;
    pace.spacingMs = pace.spacingMs / 2 < MIN_SPACING_MS / 4 ? 0 : pace.spacingMs / 2;
    if (pace.spacingMs === 0 && pace.notBefore <= this.nowMs()) this.endpoints.delete(endpoint);
  }

  /** For diagnostics and tests. */
  pausedUntilMs(): number {
    return this.pausedUntil;
  }
}
