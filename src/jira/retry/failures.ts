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

/** `FUNCTION_FETCH_ERR` is the name of @forge/api's `FetchError`; `FetchError` that of node-fetch's. */
const TRANSIENT_NAMES = new Set(['AbortError', 'TimeoutError', 'FetchError', 'FUNCTION_FETCH_ERR']);

interface ErrorLike {
  name: string;
  message: string;
  code?: unknown;
  cause?: unknown;
}

/**
 * Duck-typed, not `instanceof Error`: errors may come from another realm (Node's own fetch seen from a vm context, as
 * under Jest, or a sandboxed runtime), where `instanceof` is false for a genuine TypeError.
 */
function isErrorLike(value: unknown): value is ErrorLike {
  const v = value as Partial<ErrorLike> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.message === 'string';
}

/**
 * Network failures as fetch (`TypeError: fetch failed`, `TimeoutError` from `AbortSignal.timeout`), Forge
 * (`FUNCTION_FETCH_ERR`) and Node (`ETIMEDOUT`, `ECONNRESET`, …) report them. Anything else thrown by the transport is
 * a bug and must surface, not be retried.
 */
export function isTransportFailure(error: unknown): boolean {
  for (let cursor: unknown = error, depth = 0; isErrorLike(cursor) && depth < 4; depth += 1) {
    if (TRANSIENT_NAMES.has(cursor.name)) return true;
    if (typeof cursor.code === 'string' && TRANSIENT_CODES.has(cursor.code)) return true;
    if (cursor.name === 'TypeError' && /fetch failed|network/i.test(cursor.message)) return true;
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
