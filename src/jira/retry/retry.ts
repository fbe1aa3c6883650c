/**
 * Retries and throttling for one client, as a JiraFetch decorator wrapped around the metered transport (so every
 * retry is metered as the call Jira bills it as).
 *
 * Rules (PLATFORM-FACTS "Rate limits"): only idempotent calls are retried (GET and the read-like POSTs), on 429, 5xx
 * and network failures; `Retry-After` is the minimum wait; a quota 429 pauses every call of this client, a burst 429
 * slows only its endpoint; at most `maxConcurrency` requests are in flight. Each call has a total time budget (waits
 * and Jira's response times; not time queued behind our own calls); when the next wait would overrun it we stop at
 * once with `JiraUnavailableError` rather than sleep and fail anyway, so a 25 s Forge resolver can still answer with
 * the last good value marked stale.
 *
 * p-retry drives the attempts; its own timers are disabled (`minTimeout: 0`) and waits go through the injected
 * `sleep`, so tests run on a fake clock and never sleep for real.
 */
import pRetry from 'p-retry';
import type { Clock, JiraFetch, JiraRequestInit } from '../../platform';
import { endpointKey, isReadLike } from '../endpoint';
import { JiraUnavailableError, isJiraUnavailable } from '../errors';
import { parseResetMs, parseRetryAfterMs, retryDelayMs } from './backoff';
import { isTransportFailure, retryableStatus, RetryableResponse, toRetryableResponse, TransportFailure } from './failures';
import { GateTimeout, RateGate, type Sleep } from './gate';
import { Semaphore } from './semaphore';

export interface RetryOptions {
  clock: Clock;
  sleep: Sleep;
  /** In [0, 1); injected so tests can pin the jitter. */
  random?: () => number;
  /** Attempts per idempotent call, the first included. */
  maxAttempts?: number;
  /** Budget per call, from its start to giving up, waits included. */
  maxTotalMs?: number;
  baseDelayMs?: number;
  maxBackoffMs?: number;
  maxConcurrency?: number;
  /** Pause for a quota 429 that says neither `Retry-After` nor `X-RateLimit-Reset`. */
  defaultQuotaPauseMs?: number;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 5,
  maxTotalMs: 20_000,
  baseDelayMs: 500,
  maxBackoffMs: 8_000,
  maxConcurrency: 8,
  defaultQuotaPauseMs: 60_000,
} as const;

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function withRetries(inner: JiraFetch, options: RetryOptions): JiraFetch {
  const settings = {
    clock: options.clock,
    sleep: options.sleep,
    random: options.random ?? Math.random,
    maxAttempts: options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts,
    maxTotalMs: options.maxTotalMs ?? RETRY_DEFAULTS.maxTotalMs,
    baseDelayMs: options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs,
    maxBackoffMs: options.maxBackoffMs ?? RETRY_DEFAULTS.maxBackoffMs,
    maxConcurrency: options.maxConcurrency ?? RETRY_DEFAULTS.maxConcurrency,
    defaultQuotaPauseMs: options.defaultQuotaPauseMs ?? RETRY_DEFAULTS.defaultQuotaPauseMs,
  };
  const nowMs = () => settings.clock.now().getTime();
  const gate = new RateGate(nowMs, settings.sleep);
  const semaphore = new Semaphore(settings.maxConcurrency);

  return async (path, init) => {
    const endpoint = endpointKey(init?.method, path);
    const idempotent = isReadLike(init?.method, path);
    // Time queued behind this client's own calls is not Jira being unavailable, so it extends the budget.
    let deadline = nowMs() + settings.maxTotalMs;
    let attempts = 0;

    const attempt = async () => {
      await gate.waitTurn(endpoint, deadline);
      attempts += 1;
      const queuedAt = nowMs();
      const response = await semaphore.run(() => {
        deadline += nowMs() - queuedAt;
        return send(inner, path, init);
      });
      const reason = retryableStatus(response.status);
      if (reason === undefined) {
        gate.recordSuccess(endpoint);
        return response;
      }
      const now = nowMs();
      const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), now);
      const failure = await toRetryableResponse(response, reason, retryAfterMs);
      throttle(failure, response.headers.get('X-RateLimit-Reset'), now);
      throw failure;
    };

    const throttle = (failure: RetryableResponse, resetHeader: string | null, now: number) => {
      const kind = failure.rateLimitReason ?? '';
      if (kind.startsWith('jira-quota')) {
        gate.pauseAll(failure.retryAfterMs ?? parseResetMs(resetHeader, now) ?? settings.defaultQuotaPauseMs);
      } else if (kind === 'jira-burst-based') {
        gate.slowEndpoint(endpoint, failure.retryAfterMs ?? settings.baseDelayMs);
      }
    };

    try {
      return await pRetry(attempt, {
        retries: idempotent ? settings.maxAttempts - 1 : 0,
        minTimeout: 0,
        shouldRetry: async ({ error, attemptNumber }) => {
          if (!(error instanceof RetryableResponse || error instanceof TransportFailure)) return false;
          const wait = retryDelayMs(attemptNumber, error.retryAfterMs, settings);
          if (nowMs() + wait > deadline) return false;
          await settings.sleep(wait);
          return true;
        },
      });
    } catch (error) {
      throw toUnavailable(error, endpoint, attempts);
    }
  };
}

async function send(inner: JiraFetch, path: string, init: JiraRequestInit | undefined) {
  try {
    return await inner(path, init);
  } catch (error) {
    if (isTransportFailure(error)) throw new TransportFailure(error);
    throw error;
  }
}

function toUnavailable(error: unknown, endpoint: string, attempts: number): unknown {
  if (isJiraUnavailable(error)) return error;
  if (error instanceof RetryableResponse || error instanceof TransportFailure) {
    return new JiraUnavailableError(error.reason, endpoint, attempts, { cause: error });
  }
  if (error instanceof GateTimeout) {
    return new JiraUnavailableError('rate-limited', endpoint, attempts, { cause: error });
  }
  return error;
}
