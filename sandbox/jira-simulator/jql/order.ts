/**
 * `ORDER BY`: the sortable fields the simulator supports. Without an ORDER BY the simulator sorts newest first
 * (created DESC); every order ends with the issue id so pages never shuffle between calls.
 */
import { WORKFLOW } from '../catalog/workflow';
import type { IssueRecord, Store } from '../state/store';
import type { SortKey } from './ast';
import { JqlError, unsupported } from './errors';

type Get = (rec: IssueRecord) => number | string | null;

function keyParts(rec: IssueRecord): string {
  const [projectKey = '', n = '0'] = rec.key.split('-');
  return `${projectKey}-${n.padStart(12, '0')}`;
}

function sortField(written: string, store: Store): { get: Get; defaultDesc: boolean } {
  const date = (g: (r: IssueRecord) => Date | null) => ({
    get: (r: IssueRecord) => g(r)?.getTime() ?? null,
    defaultDesc: true,
  });
  switch (written.trim().toLowerCase()) {
    case 'key':
    case 'issuekey':
    case 'id':
    case 'issue':
      return { get: (r) => keyParts(r), defaultDesc: false };
    case 'created':
    case 'createddate':
      return date((r) => r.created);
    case 'updated':
    case 'updateddate':
      return date((r) => r.updated);
    case 'resolved':
    case 'resolutiondate':
      return date((r) => r.resolutiondate);
    case 'status':
      return { get: (r) => WORKFLOW.findIndex((s) => s.name === store.status(r.statusId).name), defaultDesc: false };
    case 'issuetype':
    case 'type':
      return { get: (r) => store.issueType(r.issueTypeId).name.toLowerCase(), defaultDesc: false };
    case 'project':
      return { get: (r) => store.projects.get(r.projectId)?.key ?? '', defaultDesc: false };
    case 'summary':
      return { get: (r) => r.summary.toLowerCase(), defaultDesc: false };
    case 'priority':
      return { get: () => 0, defaultDesc: true };
    case 'rank':
    case 'assignee':
    case 'reporter':
    case 'fixversion':
    case 'labels':
    case 'parent':
    case 'statuscategory':
      throw unsupported(`sorting by '${written}'`);
  }
  throw new JqlError([`Not able to sort using field '${written}'.`]);
}

function compareValues(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  // Empty values sort last whatever the direction.
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function compileOrder(keys: readonly SortKey[], store: Store): (a: IssueRecord, b: IssueRecord) => number {
  if (keys.length > 7) throw new JqlError(['The ORDER BY clause can contain a maximum of 7 fields.']);
  const effective = keys.length > 0 ? keys : [{ field: 'created', direction: 'desc' as const, pos: 0 }];
  const sorters = effective.map((k) => {
    const f = sortField(k.field, store);
    const desc = k.direction === undefined ? f.defaultDesc : k.direction === 'desc';
    return { get: f.get, desc };
  });
  return (a, b) => {
    for (const s of sorters) {
      const va = s.get(a);
      const vb = s.get(b);
      if (va === null || vb === null) {
        const c = compareValues(va, vb);
        if (c !== 0) return c;
        continue;
      }
      const c = compareValues(va, vb);
      if (c !== 0) return s.desc ? -c : c;
    }
    return Number(a.id) - Number(b.id);
  };
}
