/** Reading issues as facts: JQL search (paged) for refreshes, bulkfetch by id for events and existence checks. */
import type { JiraApi } from './api';
import { factFields, toIssueFact } from './facts';
import { asQueryError } from './query-errors';
import type { IssueFact } from './types';

/** Jira serves about 100 issues per page once fields beyond id/key are requested. */
export const SEARCH_PAGE_SIZE = 100;
export const BULKFETCH_MAX_IDS = 100;
/** A runaway guard: 1000 pages is 100k issues, far past what one refresh should ever page. */
const MAX_PAGES = 1_000;

export async function searchFacts(
  api: Pick<JiraApi, 'searchJql'>,
  jql: string,
  storyPointFieldIds: readonly string[],
): Promise<IssueFact[]> {
  const facts: IssueFact[] = [];
  const seenTokens = new Set<string>();
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let result;
    try {
      result = await api.searchJql({
        jql,
        fields: factFields(storyPointFieldIds),
        maxResults: SEARCH_PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    } catch (error) {
      throw asQueryError(error, jql);
    }
    for (const issue of result.issues ?? []) facts.push(toIssueFact(issue, storyPointFieldIds));
    const token = result.nextPageToken ?? undefined;
    if (result.isLast === true || !token) return facts;
    if (seenTokens.has(token)) throw new Error(`Jira repeated a page token for: ${jql}`);
    seenTokens.add(token);
    nextPageToken = token;
  }
  throw new Error(`More than ${MAX_PAGES} pages for: ${jql}`);
}

export interface RefetchResult {
  facts: IssueFact[];
  /** Deleted, or not visible to this identity: bulkfetch silently leaves both out. */
  missingIds: string[];
}

/** For issue events: re-read a few issues by id, ≤ 100 per call (the documented default limit). */
export async function refetchIssues(
  api: Pick<JiraApi, 'bulkFetchIssues'>,
  ids: readonly string[],
  storyPointFieldIds: readonly string[],
): Promise<RefetchResult> {
  const wanted = [...new Set(ids)];
  const facts: IssueFact[] = [];
  for (const chunk of chunks(wanted, BULKFETCH_MAX_IDS)) {
    const result = await api.bulkFetchIssues({ issueIdsOrKeys: chunk, fields: factFields(storyPointFieldIds) });
    for (const issue of result.issues ?? []) facts.push(toIssueFact(issue, storyPointFieldIds));
  }
  const found = new Set(facts.map((f) => f.id));
  return { facts, missingIds: wanted.filter((id) => !found.has(id)) };
}

/** Hierarchy level of each issue that still exists; absent ids were deleted or are no longer visible. */
export async function hierarchyLevels(
  api: Pick<JiraApi, 'bulkFetchIssues'>,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const levels = new Map<string, number>();
  for (const chunk of chunks([...new Set(ids)], BULKFETCH_MAX_IDS)) {
    const result = await api.bulkFetchIssues({ issueIdsOrKeys: chunk, fields: ['issuetype'] });
    for (const issue of result.issues ?? []) {
      const type = issue.fields?.['issuetype'] as { hierarchyLevel?: number; subtask?: boolean } | undefined;
      if (issue.id) levels.set(issue.id, type?.hierarchyLevel ?? (type?.subtask ? -1 : 0));
    }
  }
  return levels;
}

export function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
