/** Forge issue-event payloads, thin as Forge sends them, for the trigger's unit tests. */
import type { IssueEvent } from '../../../../src/usecases/events/issue-event';

export const STATUS = {
  todo: { id: '1', statusCategory: { key: 'new' } },
  doing: { id: '2', statusCategory: { key: 'indeterminate' } },
  review: { id: '4', statusCategory: { key: 'indeterminate' } },
  done: { id: '3', statusCategory: { key: 'done' } },
} as const;
export type StatusName = keyof typeof STATUS;

export const STORY = { id: '10001', hierarchyLevel: 0, subtask: false };
export const SUBTASK = { id: '10003', hierarchyLevel: -1, subtask: true };
export const EPIC = { id: '10000', hierarchyLevel: 1, subtask: false };

export interface Thin {
  issueId: string;
  status: StatusName;
  projectId?: string;
  type?: { id: string; hierarchyLevel: number; subtask: boolean };
  created: string;
  updated?: string;
}

function issue(t: Thin): IssueEvent['issue'] {
  return {
    id: t.issueId,
    key: `T-${t.issueId}`,
    fields: {
      issuetype: t.type ?? STORY,
      project: { id: t.projectId ?? '10' },
      status: STATUS[t.status],
      created: t.created,
      updated: t.updated ?? t.created,
    },
  };
}

export const created = (t: Thin): IssueEvent => ({ eventType: 'avi:jira:created:issue', issue: issue(t) });
export const deleted = (t: Thin): IssueEvent => ({ eventType: 'avi:jira:deleted:issue', issue: issue(t) });

/** A changelog item (an index type: `toString` is one of its fields, not Object's method). */
export type Item = { field: string } & Record<string, string | null | undefined>;

export const updated = (t: Thin & { updated: string }, changelogId: number, items: Item[]): IssueEvent => ({
  eventType: 'avi:jira:updated:issue',
  issue: issue(t),
  changelog: {
    id: String(changelogId),
    items: items.map((i) => ({ fieldtype: 'jira', fromString: null, toString: null, ...i })),
  },
});

export const statusItem = (from: StatusName, to: StatusName): Item => ({
  field: 'status',
  fieldId: 'status',
  from: STATUS[from].id,
  to: STATUS[to].id,
});
export const parentItem = (from: string | null, to: string | null): Item => ({
  field: 'IssueParentAssociation',
  from,
  to,
});
export const pointsItem = (from: number | null, to: number | null, fieldId = 'customfield_10016'): Item => ({
  field: 'Story point estimate',
  fieldId,
  fieldtype: 'custom',
  from: null,
  to: null,
  fromString: from === null ? null : String(from),
  toString: to === null ? null : String(to),
});
export const versionItem = (removed: string | null, added: string | null): Item => ({
  field: 'Fix Version',
  fieldId: 'fixVersions',
  from: removed,
  to: added,
});

/** What the app knows of the site's statuses and types once it has seen them. */
export const KNOWN_META = {
  statusCategories: { '1': 'new', '2': 'indeterminate', '4': 'indeterminate', '3': 'done' } as const,
  issueTypeLevels: { '10000': 1, '10001': 0, '10003': -1 },
};
