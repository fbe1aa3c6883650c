/**
 * How a request is named and costed. Shared by metering and retries so both agree on what a "read" is: Jira bills and
 * rate-limits these POSTs as reads, and they are safe to repeat.
 */

const READ_LIKE_POSTS = new Set([
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/changelog/bulkfetch',
]);

/** Sub-resource names that follow `issue/` or `project/` and are not ids. */
const LITERAL_SEGMENTS = new Set(['search', 'bulkfetch', 'picker', 'createmeta', 'properties']);

export function pathOnly(path: string): string {
  const q = path.indexOf('?');
  return q === -1 ? path : path.slice(0, q);
}

export function methodOf(method: string | undefined): string {
  return (method ?? 'GET').toUpperCase();
}

/** GET/HEAD and the read-like POSTs: idempotent, so they may be retried, and billed 1 + issues returned. */
export function isReadLike(method: string | undefined, path: string): boolean {
  const m = methodOf(method);
  if (m === 'GET' || m === 'HEAD') return true;
  return m === 'POST' && READ_LIKE_POSTS.has(pathOnly(path));
}

/**
 * `METHOD /rest/api/3/issue/{id}`: ids and keys are folded so per-endpoint counts (and Jira's per-endpoint burst
 * limits, which we mirror) group by route, not by issue.
 */
export function endpointKey(method: string | undefined, path: string): string {
  const segments = pathOnly(path).split('/');
  const normalised = segments.map((segment, i) => {
    if (i < 4 || segment === '') return segment; // '', 'rest', 'api', '3'
    const previous = segments[i - 1];
    if (/^\d+$/.test(segment) || /^[A-Z][A-Z0-9_]*-\d+$/.test(segment)) return '{id}';
    if ((previous === 'issue' || previous === 'project') && !LITERAL_SEGMENTS.has(segment)) return '{id}';
    return segment;
  });
  return `${methodOf(method)} ${normalised.join('/')}`;
}
