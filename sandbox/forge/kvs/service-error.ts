/**
 * An error the emulated storage service answers with. The wire layer turns it into the HTTP response the real
 * service sends (`{code, message}` with a status), so the real `@forge/kvs` client raises its own
 * `ForgeKvsAPIError` from it, exactly as in production.
 */
export class KvsServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: KvsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KvsServiceError';
  }
}

/**
 * Codes the emulator answers with. Documented ones come from Atlassian's "Error handling for the Key-Value Store /
 * Custom Entity Store" pages and the client's own code; the rest are the emulator's names for failures the docs
 * describe without a code. App code should branch on the documented ones only.
 */
export const KvsErrorCode = {
  // Documented (storage-reference/handling-errors-kvs, -customentities; the client swallows KEY_NOT_FOUND).
  KEY_NOT_FOUND: 'KEY_NOT_FOUND',
  KEY_TOO_SHORT: 'KEY_TOO_SHORT',
  EMPTY_KEY: 'EMPTY_KEY',
  KEY_TOO_LONG: 'KEY_TOO_LONG',
  INVALID_KEY: 'INVALID_KEY',
  MAX_SIZE: 'MAX_SIZE',
  MAX_DEPTH: 'MAX_DEPTH',
  ENTITY_TYPE_TOO_SHORT: 'ENTITY_TYPE_TOO_SHORT',
  ENTITY_TYPE_TOO_LARGE: 'ENTITY_TYPE_TOO_LARGE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  // Not documented: a community report gives KEY_CONFLICT (HTTP 409) for keyPolicy FAIL_IF_EXISTS.
  KEY_CONFLICT: 'KEY_CONFLICT',
  // Not documented: the emulator's names.
  CONDITION_FAILED: 'CONDITION_FAILED',
  UNKNOWN_ENTITY: 'UNKNOWN_ENTITY',
  UNKNOWN_INDEX: 'UNKNOWN_INDEX',
  INVALID_ENTITY_VALUE: 'INVALID_ENTITY_VALUE',
  INVALID_VALUE: 'INVALID_VALUE',
  INVALID_QUERY: 'INVALID_QUERY',
  INVALID_LIMIT: 'INVALID_LIMIT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  INVALID_TTL: 'INVALID_TTL',
  INVALID_TRANSACTION: 'INVALID_TRANSACTION',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
} as const;
export type KvsErrorCode = (typeof KvsErrorCode)[keyof typeof KvsErrorCode];

export const badRequest = (code: KvsErrorCode, message: string): KvsServiceError =>
  new KvsServiceError(400, code, message);
