/** Wait computation: Jira's `Retry-After` is a floor we never undercut; jittered exponential backoff goes on top. */

export interface BackoffOptions {
  baseDelayMs: number;
  maxBackoffMs: number;
  random: () => number;
}

/**
 * "Equal jitter": half the exponential step is fixed, half random, so a retry never comes back immediately yet
 * installations that were throttled together do not all return in the same instant when `Retry-After` expires.
 */
export function retryDelayMs(attemptNumber: number, retryAfterMs: number | undefined, options: BackoffOptions): number {
  const step = Math.min(options.maxBackoffMs, options.baseDelayMs * 2 ** Math.max(0, attemptNumber - 1));
  const jittered = step / 2 + options.random() * (step / 2);
  return Math.ceil((retryAfterMs ?? 0) + jittered);
}

/** `Retry-After` is delta-seconds or an HTTP date (RFC 9110); anything else is ignored rather than guessed. */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** `X-RateLimit-Reset` (ISO timestamp) says when an hourly quota refills, when `Retry-After` is missing. */
export function parseResetMs(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
