/**
 * An issue event → what it tells about the issue (an IssueObservation) and about the site (status and issue type
 * ids seen with their category and level). Pure.
 *
 * Ranks order one issue's knowledge: a creation is rank 0 (before every change), an update is its changelog id
 * (Jira's ids only grow), a deletion outranks everything (nothing follows it).
 */
import type { IssueChange, JiraMeta } from '../../store';
import type { IssueEvent, ChangelogItem } from './issue-event';
import type { IssueObservation, StatusCategory } from './issue-history';

export const DELETED_RANK = Number.MAX_SAFE_INTEGER;

export interface NormalizedEvent {
  observation: IssueObservation;
  kind: 'created' | 'updated' | 'deleted';
  rank: number;
  /** When the change happened (the deletion: when it was received, the payload does not say). */
  at: string;
  /** Status and issue type ids this payload shows with their category and level. */
  learned: Pick<JiraMeta, 'statusCategories' | 'issueTypeLevels'>;
  /** Status ids a change left that nothing has told the category of yet. */
  unresolvedStatusIds: string[];
  /** False for an update that cannot move any KR (a summary edit, a status change within one category). */
  relevant: boolean;
}

type Meta = Pick<JiraMeta, 'statusCategories' | 'issueTypeLevels'>;

/** Jira's "No category" and anything unknown count as not started, as the full refresh reads them. */
export function statusCategoryOf(key: string | undefined | null): StatusCategory {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

/** Whether reading this event needs the story-points field ids (a custom field changed). */
export function mentionsCustomField(event: IssueEvent): boolean {
  return (event.changelog?.items ?? []).some(
    (item) => item.fieldtype === 'custom' || (item.fieldId ?? '').startsWith('customfield_'),
  );
}

export function normalizeEvent(
  event: IssueEvent,
  meta: Meta,
  pointFieldIds: readonly string[],
  now: Date,
): NormalizedEvent {
  const { issue } = event;
  const kind =
    event.eventType === 'avi:jira:created:issue'
      ? 'created'
      : event.eventType === 'avi:jira:deleted:issue'
        ? 'deleted'
        : 'updated';
  const createdAt = isoOrUndefined(issue.fields.created);
  const rank = kind === 'created' ? 0 : kind === 'deleted' ? DELETED_RANK : Number(event.changelog?.id ?? 0);
  const at =
    kind === 'deleted'
      ? now.toISOString()
      : ((kind === 'created' ? createdAt : isoOrUndefined(issue.fields.updated)) ?? now.toISOString());

  const type = issue.fields.issuetype;
  const level = type?.hierarchyLevel ?? (type?.subtask ? -1 : 0);
  const status = issue.fields.status;
  const category = statusCategoryOf(status?.statusCategory?.key);
  const learned: Meta = { statusCategories: {}, issueTypeLevels: {} };
  if (status?.id && status.statusCategory?.key) learned.statusCategories[status.id] = category;
  if (type?.id && typeof type.hierarchyLevel === 'number') learned.issueTypeLevels[type.id] = type.hierarchyLevel;
  const known: Meta = {
    statusCategories: { ...meta.statusCategories, ...learned.statusCategories },
    issueTypeLevels: { ...meta.issueTypeLevels, ...learned.issueTypeLevels },
  };

  const changes =
    kind === 'updated'
      ? (event.changelog?.items ?? []).flatMap((item) => changeOf(item, rank, at, known, pointFieldIds))
      : [];
  const observation: IssueObservation = {
    issueId: issue.id,
    payload: { rank, projectId: issue.fields.project.id, level, statusCategory: category },
    changes,
  };
  if (createdAt !== undefined) observation.createdAt = createdAt;
  if (kind === 'deleted') observation.deletedAt = at;

  const unresolvedStatusIds = changes.flatMap((c) =>
    c.field === 'status' && c.from === undefined && c.fromId !== null ? [c.fromId] : [],
  );
  const relevant = kind !== 'updated' || changes.some((c) => !isNoOp(c));
  return { observation, kind, rank, at, learned, unresolvedStatusIds, relevant };
}

function changeOf(
  item: ChangelogItem,
  rank: number,
  at: string,
  meta: Meta,
  pointFieldIds: readonly string[],
): IssueChange[] {
  const field = (item.field ?? '').toLowerCase();
  const fieldId = item.fieldId ?? '';
  const from = item.from || null;
  const to = item.to || null;
  if (fieldId === 'status' || (fieldId === '' && field === 'status')) {
    const change: IssueChange = { field: 'status', rank, at, fromId: from, toId: to };
    const fromCategory = from === null ? undefined : meta.statusCategories[from];
    const toCategory = to === null ? undefined : meta.statusCategories[to];
    if (fromCategory) change.from = fromCategory;
    if (toCategory) change.to = toCategory;
    return [change];
  }
  // Jira logs re-parenting as IssueParentAssociation; older sites as "Epic Link" or "Parent". Values are issue ids.
  if (field === 'issueparentassociation' || field === 'epic link' || field === 'parent' || fieldId === 'parent') {
    return [{ field: 'parent', rank, at, from, to }];
  }
  if (fieldId === 'fixVersions' || field === 'fix version') {
    const out: IssueChange[] = [];
    if (from !== null) out.push({ field: 'version', rank, at, versionId: from, from: true, to: false });
    if (to !== null) out.push({ field: 'version', rank, at, versionId: to, from: false, to: true });
    return out;
  }
  if (pointFieldIds.includes(fieldId)) {
    return [
      {
        field: 'points',
        rank,
        at,
        from: numberOrNull(item.fromString ?? item.from),
        to: numberOrNull(item.toString ?? item.to),
      },
    ];
  }
  if (fieldId === 'project' || (fieldId === '' && field === 'project')) {
    return [{ field: 'project', rank, at, from, to }];
  }
  if (fieldId === 'issuetype' || (fieldId === '' && field === 'issuetype')) {
    const change: IssueChange = { field: 'level', rank, at, fromTypeId: from, toTypeId: to };
    const fromLevel = from === null ? undefined : meta.issueTypeLevels[from];
    const toLevel = to === null ? undefined : meta.issueTypeLevels[to];
    if (fromLevel !== undefined) change.from = fromLevel;
    if (toLevel !== undefined) change.to = toLevel;
    return [change];
  }
  return [];
}

function isNoOp(change: IssueChange): boolean {
  switch (change.field) {
    case 'status':
    case 'level':
      return change.from !== undefined && change.from === change.to;
    case 'points':
      return change.from === change.to;
    default:
      return change.from === change.to;
  }
}

function numberOrNull(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function isoOrUndefined(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
