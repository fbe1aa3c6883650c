import type { UserRef } from '../../contract';
import type { Services } from '../../services';

/** Accounts per `user/bulk` call. */
const CHUNK = 50;

export type UserRefs = (accountIds: Iterable<string>) => Promise<Map<string, UserRef>>;

/**
 * Display names for account ids: from the cache, else one `user/bulk` call (as the app) per 50 unknown ids, cached
 * for an hour. Names are decoration: when Jira cannot answer, the account id stands in and nothing fails, so views
 * served from storage keep working while Jira is down.
 */
export function userDirectory(services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>): UserRefs {
  const cache = services.repos.caches.displayNames;
  return async (accountIds) => {
    const ids = [...new Set(accountIds)];
    const now = services.clock.now();
    const names = ids.length === 0 ? new Map<string, string>() : await cache.getMany(ids, now);
    const unknown = ids.filter((id) => !names.has(id));
    for (let start = 0; start < unknown.length; start += CHUNK) {
      const chunk = unknown.slice(start, start + CHUNK);
      let page;
      try {
        page = await services.jiraAsApp().api.bulkGetUsers({ accountId: chunk, maxResults: chunk.length });
      } catch (error) {
        console.warn('okr: display names unavailable, showing account ids:', (error as Error).message);
        break;
      }
      const fetched = new Map((page.values ?? []).map((u) => [u.accountId, u.displayName ?? u.accountId]));
      for (const id of chunk) {
        // An account Jira does not know (deleted, or not a user) keeps its id as its name, cached like any other.
        const name = fetched.get(id) ?? id;
        names.set(id, name);
        await cache.set(id, name, now);
      }
    }
    return new Map(ids.map((id) => [id, { accountId: id, displayName: names.get(id) ?? id }]));
  };
}

export const refOf = (refs: Map<string, UserRef>, accountId: string): UserRef =>
  refs.get(accountId) ?? { accountId, displayName: accountId };
