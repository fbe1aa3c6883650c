/**
 * Opaque continuation tokens (`nextPageToken`). They carry the offset and a fingerprint of the query, so a token
 * replayed with another query is refused instead of paging through the wrong result.
 */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function encodeToken(offset: number, query: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint(query) })).toString('base64url');
}

/** The offset the token stands for, or undefined when it is not one of ours for this query. */
export function decodeToken(token: string, query: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof parsed.o !== 'number' || !Number.isInteger(parsed.o) || parsed.o < 0 || parsed.q !== fingerprint(query))
      return undefined;
    return parsed.o;
  } catch {
    return undefined;
  }
}

export const INVALID_TOKEN = 'The provided next page token is invalid or expired.';
