import type { ErrorCode, ResolverError, ResolverResult } from '../contract';

export const ok = <T>(data: T): ResolverResult<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, message: string, fields?: ResolverError['fields']): ResolverResult<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
