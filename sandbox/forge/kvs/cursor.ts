import { badRequest, KvsErrorCode } from './service-error';

/** Where a page ended. Opaque to callers (the docs say cursors must not be persisted); stable under inserts. */
export interface CursorPosition {
  readonly scope: string;
  readonly key: string;
  readonly range?: unknown;
}

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined, scope: string): CursorPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPosition;
    if (position.scope === scope && typeof position.key === 'string') return position;
  } catch {
    // fall through: any undecodable cursor is the caller's error
  }
  throw badRequest(KvsErrorCode.INVALID_CURSOR, 'The cursor does not belong to this query.');
}

export function pageLimit(limit: unknown, defaultLimit: number, maxLimit: number): number {
  if (limit === undefined || limit === null) return defaultLimit;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > maxLimit) {
    throw badRequest(
      KvsErrorCode.INVALID_LIMIT,
      `limit must be an integer from 1 to ${maxLimit}, got ${String(limit)}.`,
    );
  }
  return limit as number;
}
