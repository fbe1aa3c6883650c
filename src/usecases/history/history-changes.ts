import type { HistoryChange, StatusCategory } from '../../domain';
import type { ChangeHistory } from '../../jira';

/** Jira logs re-parenting as `IssueParentAssociation` without a fieldId; some sites log `parent` with one. */
export const PARENT_FIELDS = ['IssueParentAssociation', 'parent'];
export const HISTORY_FIELDS = ['status', ...PARENT_FIELDS];

/** A status (ids of statuses) or parent (ids of issues) change, as small as a resumable cursor can carry. */
export interface RawChange {
  at: string;
  field: 'status' | 'parent';
  from: string | null;
  to: string | null;
}

export type CategoryOf = (statusId: string) => StatusCategory | undefined;

/** Changelog items → the status and parent changes the burn-up is rebuilt from; other fields are dropped. */
export function rawChanges(histories: readonly ChangeHistory[]): RawChange[] {
  const changes: RawChange[] = [];
  for (const history of histories) {
    for (const item of history.items) {
      const field = item.fieldId ?? item.field;
      if (field === 'status') changes.push({ at: history.created, field: 'status', from: item.from, to: item.to });
      else if (field !== undefined && PARENT_FIELDS.includes(field)) {
        changes.push({ at: history.created, field: 'parent', from: item.from, to: item.to });
      }
    }
  }
  return changes;
}

export function historyChanges(changes: readonly RawChange[], categoryOf: CategoryOf): HistoryChange[] {
  return changes.map((c): HistoryChange => {
    if (c.field === 'parent') return { at: c.at, field: 'parent', fromParent: c.from, toParent: c.to };
    const fromCategory = c.from === null ? undefined : categoryOf(c.from);
    const toCategory = c.to === null ? undefined : categoryOf(c.to);
    return {
      at: c.at,
      field: 'status',
      ...(fromCategory ? { fromCategory } : {}),
      ...(toCategory ? { toCategory } : {}),
    };
  });
}

/**
 * Status categories the data itself proves: the status an issue's last status change went to is its current status,
 * whose category the search returned. Fills in statuses the caller's lookup does not know.
 */
export function learnedCategories(
  issues: readonly { id: string; currentCategory: StatusCategory }[],
  changesById: Readonly<Record<string, readonly RawChange[]>>,
): Map<string, StatusCategory> {
  const learned = new Map<string, StatusCategory>();
  for (const issue of issues) {
    const last = (changesById[issue.id] ?? [])
      .filter((c) => c.field === 'status')
      .reduce<RawChange | undefined>((latest, c) => (!latest || c.at >= latest.at ? c : latest), undefined);
    if (last?.to) learned.set(last.to, issue.currentCategory);
  }
  return learned;
}
