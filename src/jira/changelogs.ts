/** History backfill with changelog/bulkfetch: ≤ 1000 issues and ≤ 10 fields per request, paged by token. */
import type { JiraApi } from './api';
import { chunks } from './issues';

export const CHANGELOG_MAX_IDS = 1_000;
export const CHANGELOG_MAX_FIELDS = 10;
const MAX_PAGES = 1_000;

export interface ChangeItem {
  fieldId?: string;
  field?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangeHistory {
  id: string;
  /** ISO timestamp. */
  created: string;
  items: ChangeItem[];
}

export interface IssueChangelog {
  issueId: string;
  histories: ChangeHistory[];
}

export async function fetchChangelogs(
  api: Pick<JiraApi, 'bulkFetchChangelogs'>,
  issueIds: readonly string[],
  fieldIds: readonly string[],
): Promise<IssueChangelog[]> {
  if (fieldIds.length > CHANGELOG_MAX_FIELDS) {
    throw new RangeError(`changelog/bulkfetch takes at most ${CHANGELOG_MAX_FIELDS} fields, got ${fieldIds.length}`);
  }
  const byIssue = new Map<string, ChangeHistory[]>();
  for (const chunk of chunks([...new Set(issueIds)], CHANGELOG_MAX_IDS)) {
    let nextPageToken: string | undefined;
    for (let page = 0; ; page += 1) {
      if (page >= MAX_PAGES) throw new Error(`More than ${MAX_PAGES} changelog pages`);
      const result = await api.bulkFetchChangelogs({
        issueIdsOrKeys: chunk,
        ...(fieldIds.length > 0 ? { fieldIds: [...fieldIds] } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      for (const log of result.issueChangeLogs ?? []) {
        if (!log.issueId) continue;
        const histories = byIssue.get(log.issueId) ?? [];
        for (const h of log.changeHistories ?? []) histories.push(toHistory(h));
        byIssue.set(log.issueId, histories);
      }
      const token = result.nextPageToken ?? undefined;
      if (!token || token === nextPageToken) break;
      nextPageToken = token;
    }
  }
  return [...byIssue].map(([issueId, histories]) => ({
    issueId,
    histories: histories.sort((a, b) => a.created.localeCompare(b.created)),
  }));
}

type RawHistory = NonNullable<
  NonNullable<Awaited<ReturnType<JiraApi['bulkFetchChangelogs']>>['issueChangeLogs']>[number]['changeHistories']
>[number];

function toHistory(h: RawHistory): ChangeHistory {
  // jira.js coerces `created` to a Date when the body validated, and leaves the string when it did not.
  const created = h.created instanceof Date ? h.created.toISOString() : new Date(String(h.created ?? 0)).toISOString();
  return {
    id: h.id ?? '',
    created,
    items: (h.items ?? []).map((i) => ({
      ...(typeof own(i, 'fieldId') === 'string' ? { fieldId: String(own(i, 'fieldId')) } : {}),
      ...(typeof own(i, 'field') === 'string' ? { field: String(own(i, 'field')) } : {}),
      from: ownString(i, 'from'),
      fromString: ownString(i, 'fromString'),
      to: ownString(i, 'to'),
      toString: ownString(i, 'toString'),
    })),
  };
}

/** Own properties only: an item without `toString` would otherwise read `Object.prototype.toString`. */
function own(item: object, key: string): unknown {
  return Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
}

function ownString(item: object, key: string): string | null {
  const value = own(item, key);
  return typeof value === 'string' ? value : null;
}
