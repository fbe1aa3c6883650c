import type { JiraApi } from './api';
import { asQueryError } from './query-errors';

/**
 * approximate-count, memoized per run: two KRs with the same scope (or a scope and a done query shared by a KR
 * listed twice) cost one call. A rejected JQL becomes JiraQueryRejectedError.
 */
export function createCounter(api: Pick<JiraApi, 'approximateCount'>): (jql: string) => Promise<number> {
  const counts = new Map<string, Promise<number>>();
  return (jql) => {
    let pending = counts.get(jql);
    if (!pending) {
      pending = api.approximateCount({ jql }).then(
        (r) => {
          if (typeof r.count !== 'number') throw new Error(`approximate-count answered without a count for: ${jql}`);
          return r.count;
        },
        (error: unknown) => {
          throw asQueryError(error, jql);
        },
      );
      pending.catch(() => undefined); // awaited by the KRs that asked; not an unhandled rejection meanwhile
      counts.set(jql, pending);
    }
    return pending;
  };
}
