/**
 * The simulator as the app's Jira port: `asApp()` / `asUser(id)` return a `JiraFetch` shaped like Forge's
 * `requestJira` (status, headers.get, text()).
 */
import type { JiraFetch, JiraResponse } from '../../src/platform';
import type { Actor, SimRequest, SimResponse } from './types';

export function toJiraResponse(res: SimResponse): JiraResponse {
  const headers = new Map(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status: res.status,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(res.body),
  };
}

export function fetchAs(handle: (req: SimRequest) => Promise<SimResponse>, as: Actor): JiraFetch {
  return async (path, init) => {
    const req: SimRequest = { method: init?.method ?? 'GET', path, headers: init?.headers ?? {}, as };
    if (init?.body !== undefined) req.body = init.body;
    return toJiraResponse(await handle(req));
  };
}
