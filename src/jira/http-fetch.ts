/**
 * A `JiraFetch` over plain HTTPS with basic auth (email + API token), for the CLI and the sandbox. Forge code never uses
 * it: there `src/index.ts` wraps `api.asApp()/asUser().requestJira`.
 */
import type { JiraFetch } from '../platform';

export interface HttpJiraFetchOptions {
  /** Site URL, e.g. `https://your-site.atlassian.net`. */
  host: string;
  email: string;
  apiToken: string;
  fetch?: typeof globalThis.fetch;
  /** Per request; the retry layer treats a timeout as a transient failure. */
  timeoutMs?: number;
}

export function createHttpJiraFetch(options: HttpJiraFetchOptions): JiraFetch {
  const origin = new URL(options.host).origin;
  const doFetch = options.fetch ?? globalThis.fetch;
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`, 'utf8').toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 20_000;

  return async (path, init) => {
    const url = new URL(path, origin);
    // A path like `//elsewhere.example` would resolve to another host and carry our credentials there.
    if (url.origin !== origin || !path.startsWith('/')) {
      throw new Error(`Refusing to send Jira credentials outside ${origin}: ${path}`);
    }
    return doFetch(url, {
      method: init?.method ?? 'GET',
      headers: { Accept: 'application/json', ...init?.headers, Authorization: authorization },
      ...(init?.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
}
