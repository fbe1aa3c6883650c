/**
 * Jira Cloud's bad days, on demand: latency, injected 5xx, hung requests, random throttling, the per-second burst
 * limit per endpoint+method and the hourly points quota, each answering with the headers Jira sends
 * (Retry-After in seconds, RateLimit-Reason, X-RateLimit-Limit/Remaining/Reset with Reset in ISO 8601).
 * Windows are measured on the injected clock; only waiting (latency, timeouts) uses real timers.
 */
import { jiraError } from './http/json';
import type { Prng } from './prng';
import type { Realism, SimResponse } from './types';

export const DEFAULT_REALISM: Realism = {
  latencyMs: 0,
  pointsPerHour: Infinity,
  quotaScope: 'global',
  quotaAppliesToApiTokens: false,
  burstPerSecond: Infinity,
  errorRate: 0,
  timeoutRate: 0,
  timeoutMs: 30_000,
  throttleRate: 0,
  approximateCountLagMs: 0,
};

const HOUR = 3_600_000;

/**
 * What the in-process face throws for a hung request. It carries Node's `ETIMEDOUT` code, as a timed-out socket does,
 * so clients treat it as the transient network failure it stands for (not as a bug in the transport).
 */
export class SimulatedTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(readonly afterMs: number) {
    super(`Jira simulator: request timed out after ${afterMs} ms`);
    this.name = 'SimulatedTimeoutError';
  }
}

export type Verdict = { kind: 'pass' } | { kind: 'timeout' } | { kind: 'respond'; response: SimResponse };

function rateLimited(reason: string, retryAfterS: number, limit: number, remaining: number, reset: Date): SimResponse {
  return jiraError(
    429,
    ['Rate limit exceeded.'],
    {},
    {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterS))),
      'ratelimit-reason': reason,
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, remaining)),
      'x-ratelimit-reset': reset.toISOString(),
    },
  );
}

export class RealismEngine {
  realism: Realism = { ...DEFAULT_REALISM };
  private hourStart = -1;
  private pointsThisHour = 0;
  private readonly burst = new Map<string, { second: number; calls: number }>();

  constructor(
    private readonly prng: Prng,
    private readonly now: () => Date,
  ) {}

  set(r: Partial<Realism>): void {
    this.realism = { ...this.realism, ...r };
  }

  private roll(rate: number): boolean {
    return rate > 0 && this.prng.next() < rate;
  }

  private syncHour(t: number): void {
    const start = Math.floor(t / HOUR) * HOUR;
    if (start !== this.hourStart) {
      this.hourStart = start;
      this.pointsThisHour = 0;
    }
  }

  /** Decides, before the request is served, whether Jira would fail it. */
  admit(endpoint: string, quotaApplies: boolean): Verdict {
    const r = this.realism;
    const t = this.now().getTime();
    if (this.roll(r.timeoutRate)) return { kind: 'timeout' };
    if (this.roll(r.errorRate)) {
      const unavailable = this.prng.next() < 0.7;
      return unavailable
        ? { kind: 'respond', response: jiraError(503, ['Service Unavailable'], {}, { 'retry-after': '1' }) }
        : { kind: 'respond', response: jiraError(500, ['Internal server error'], {}) };
    }
    if (this.roll(r.throttleRate)) {
      const wait = 1 + Math.floor(this.prng.next() * 5);
      const limit = Number.isFinite(r.burstPerSecond) ? r.burstPerSecond : 100;
      return { kind: 'respond', response: rateLimited('jira-burst-based', wait, limit, 0, new Date(t + wait * 1000)) };
    }
    if (Number.isFinite(r.burstPerSecond)) {
      const second = Math.floor(t / 1000);
      const b = this.burst.get(endpoint);
      const state = b && b.second === second ? b : { second, calls: 0 };
      this.burst.set(endpoint, state);
      if (state.calls >= r.burstPerSecond) {
        const reset = new Date((second + 1) * 1000);
        return {
          kind: 'respond',
          response: rateLimited('jira-burst-based', (reset.getTime() - t) / 1000, r.burstPerSecond, 0, reset),
        };
      }
      state.calls += 1;
    }
    if (quotaApplies && Number.isFinite(r.pointsPerHour)) {
      this.syncHour(t);
      if (this.pointsThisHour >= r.pointsPerHour) {
        const reset = new Date(this.hourStart + HOUR);
        const reason = r.quotaScope === 'tenant' ? 'jira-quota-tenant-based' : 'jira-quota-global-based';
        return {
          kind: 'respond',
          response: rateLimited(reason, (reset.getTime() - t) / 1000, r.pointsPerHour, 0, reset),
        };
      }
    }
    return { kind: 'pass' };
  }

  /** Charges a served request's points against the hourly quota; returns headers to add (near-limit warning). */
  charge(points: number, quotaApplies: boolean): Record<string, string> {
    const r = this.realism;
    if (!quotaApplies || !Number.isFinite(r.pointsPerHour)) return {};
    this.syncHour(this.now().getTime());
    this.pointsThisHour += points;
    const remaining = r.pointsPerHour - this.pointsThisHour;
    return remaining < r.pointsPerHour * 0.2 ? { 'x-ratelimit-nearlimit': 'true' } : {};
  }
}
