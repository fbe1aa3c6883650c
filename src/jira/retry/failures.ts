/** What counts as a transient failure worth retrying, and how it is reported when retrying stops. */
import type { JiraResponse } from '../../platform';
import type { JiraUnavailableReason } from '../errors';

/** A 429/5xx answer, carried as an error so p-retry sees a failed attempt. */
export class RetryableResponse extends Error {
  override readonly name = 'RetryableResponse';
  constructor(
    readonly status: number,
    readonly reason: JiraUnavailableReason,
    readonly retryAfterMs: number | undefined,
    readonly rateLimitReason: string | undefined,
    readonly body: string,
  ) {
    super(`Jira answered ${status}${rateLimitReason ? ` (${rateLimitReason})` : ''}`);
  }
}

/** The request produced no response (timeout, reset socket, DNS). */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  readonly reason: JiraUnavailableReason = 'timeout';
  readonly retryAfterMs = undefined;
  constructor(cause: unknown) {
    super(`Jira request failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** 501/505 mean "never going to work", not "try later". */
export function retryableStatus(status: number): JiraUnavailableReason | undefined {
  if (status === 429) return 'rate-limited';
  if (status >= 500 && status <= 599 && status !== 501 && status !== 505) return 'server-error';
  return undefined;
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Network failures as fetch (`TypeError: fetch failed`, `TimeoutError` from `AbortSignal.timeout`) and Forge
 * (`FetchError`) report them. Anything else thrown by the transport is a bug and must surface, not be retried.
 */
export function isTransportFailure(error: unknown): boolean {
  for (let cursor: unknown = error, depth = 0; cursor instanceof Error && depth < 4; depth += 1) {
    if (['AbortError', 'TimeoutError', 'FetchError'].includes(cursor.name)) return true;
    const code = (cursor as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (cursor instanceof TypeError && /fetch failed|network/i.test(cursor.message)) return true;
    cursor = cursor.cause;
  }
  return false;
}

export async function toRetryableResponse(
  response: JiraResponse,
  reason: JiraUnavailableReason,
  retryAfterMs: number | undefined,
): Promise<RetryableResponse> {
  const body = await response.text().catch(() => '');
  const rateLimitReason = response.headers.get('RateLimit-Reason') ?? undefined;
  return new RetryableResponse(response.status, reason, retryAfterMs, rateLimitReason, body.slice(0, 2_000));
}
