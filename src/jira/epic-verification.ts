/**
 * Which epic targets still resolve. A refresh names every linked epic, and reading them costs a point each
 * (bulkfetch bills 1 per issue returned), so they are first counted, a chunk at a time:
 * `id in (chunk) AND issuetype = "Epic"` — when the count equals the chunk size every id is a live epic, for 1 point
 * per 200 epics. A chunk that falls short (an epic deleted, re-typed, hidden from this reader, above the epic level on
 * Premium, or not yet indexed) or whose JQL Jira refuses is read by bulkfetch, which gives each id's hierarchy level.
 *
 * approximate-count lags writes. An epic deleted moments ago may still count as live: the count KRs see the same
 * lagging index, so they stay consistent, and `confirmEpics` re-reads, by id, any epic whose children a search found
 * empty before a KR reports it as an empty scope.
 */
import type { JiraApi } from './api';
import { asQueryError } from './query-errors';
import { JiraQueryRejectedError } from './errors';
import { hierarchyLevels } from './issues';
import { chunkedInJql, type ChunkLimits } from './jql/chunk';
import { inClause } from './jql/literal';

export type EpicApi = Pick<JiraApi, 'approximateCount' | 'bulkFetchIssues'>;

/** Hierarchy level by id for each id that exists for this reader (≥ 1: an epic or above). */
export async function verifyEpics(
  api: EpicApi,
  ids: readonly string[],
  options: ChunkLimits & { epicTypeNames: readonly string[] },
): Promise<Map<string, number>> {
  const levels = new Map<string, number>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return levels;
  const suffix = options.epicTypeNames.length > 0 ? ` AND ${inClause('issuetype', options.epicTypeNames)}` : '';
  const chunks = suffix === '' ? [] : chunkedInJql('id', unique, suffix, options);
  const unconfirmed = suffix === '' ? unique : [];
  await Promise.all(
    chunks.map(async (chunk) => {
      if (await allCounted(api, chunk.jql, chunk.ids.length)) for (const id of chunk.ids) levels.set(id, 1);
      else unconfirmed.push(...chunk.ids);
    }),
  );
  for (const [id, level] of await hierarchyLevels(api, unconfirmed)) levels.set(id, level);
  return levels;
}

async function allCounted(api: EpicApi, jql: string, expected: number): Promise<boolean> {
  try {
    return (await api.approximateCount({ jql })).count === expected;
  } catch (error) {
    // A refused query (a malformed id) says nothing about the others: read them one by one instead.
    if (asQueryError(error, jql) instanceof JiraQueryRejectedError) return false;
    throw error;
  }
}

/** Re-reads epics by id (bulkfetch) at most once per refresh each: the strongly consistent check. */
export function createEpicConfirmation(
  api: Pick<JiraApi, 'bulkFetchIssues'>,
): (ids: readonly string[]) => Promise<Map<string, number>> {
  const pending = new Map<string, Promise<Map<string, number>>>();
  return async (ids) => {
    const fresh = [...new Set(ids)].filter((id) => !pending.has(id));
    if (fresh.length > 0) {
      const read = hierarchyLevels(api, fresh);
      read.catch(() => undefined); // awaited below by every KR that asked
      for (const id of fresh) pending.set(id, read);
    }
    const out = new Map<string, number>();
    for (const id of new Set(ids)) {
      const level = (await pending.get(id))?.get(id);
      if (level !== undefined) out.set(id, level);
    }
    return out;
  };
}
