import type { ErrorCode, ResolverError } from '../../src/contract';

/** `BRIDGE`: the call never reached a resolver (no Forge host, rate limited, network); not a backend answer. */
export type UiErrorCode = ErrorCode | 'BRIDGE';

/** A failed call, with the resolver's stable code so views can offer a retry, a reload or field messages. */
export class ApiError extends Error {
  readonly code: UiErrorCode;
  readonly fields: { path: string; message: string }[];

  constructor(code: UiErrorCode, message: string, fields: ResolverError['fields'] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

/** Any thrown value as an ApiError, so views never show a raw stack. */
export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError('BRIDGE', message.trim() || 'The request failed.');
}
