import { fetchChangelogs, type IssueChangelog, type JiraApi } from '../../jira';

export interface ChangelogPage {
  logs: IssueChangelog[];
  /** Where the next page starts; undefined after the last page. */
  nextPageToken?: string;
}

/**
 * Exactly one page of `changelog/bulkfetch` through the Jira layer's `fetchChangelogs`: its page token is taken in
 * and handed back instead of followed, so a backfill can stop between pages and resume from a stored cursor.
 */
export async function fetchChangelogPage(
  api: Pick<JiraApi, 'bulkFetchChangelogs'>,
  issueIds: readonly string[],
  fieldIds: readonly string[],
  pageToken: string | undefined,
  pageSize?: number,
): Promise<ChangelogPage> {
  let nextPageToken: string | undefined;
  const onePage: Pick<JiraApi, 'bulkFetchChangelogs'> = {
    bulkFetchChangelogs: async (parameters) => {
      const result = await api.bulkFetchChangelogs({
        ...parameters,
        ...(pageToken ? { nextPageToken: pageToken } : {}),
        ...(pageSize ? { maxResults: pageSize } : {}),
      });
      nextPageToken = result.nextPageToken ?? undefined;
      return { ...result, nextPageToken: undefined };
    },
  };
  const logs = await fetchChangelogs(onePage, issueIds, fieldIds);
  return nextPageToken && nextPageToken !== pageToken ? { logs, nextPageToken } : { logs };
}
