/**
 * The JQL fields the simulator understands, how a written value resolves to ids (and when Jira refuses it), and
 * what each issue holds for that field. Values of names compare case-insensitively, as in Jira. A value that names
 * nothing the caller can see is a 400, as Jira answers (it does not silently match nothing).
 */
import { STATUS_CATEGORIES } from '../catalog/status-categories';
import type { IssueRecord, Store } from '../state/store';
import { JqlError, unsupported } from './errors';

export interface EvalContext {
  store: Store;
  /** Whether the caller may browse the project (permission filter, also applied to values in the query). */
  visible(projectId: string): boolean;
  now: Date;
}

export type FieldKind = 'single' | 'multi' | 'date';

export interface JqlField {
  /** The name Jira uses in its messages. */
  name: string;
  kind: FieldKind;
  operators: ReadonlySet<string>;
  /** Operators Jira accepts on this field that the simulator does not evaluate. */
  unsupportedOperators?: ReadonlySet<string>;
  /** Ids (or normalised values) a written value stands for. */
  resolve?(text: string, ctx: EvalContext, written: string): string[];
  /** Ids a function operand stands for (non-date fields). */
  resolveFunction?(name: string, args: string[], ctx: EvalContext): string[];
  /** The issue's value(s): an id, a list of ids, or a date. */
  value(rec: IssueRecord): string | null | string[] | Date;
}

const EQUALITY = new Set(['=', '!=', 'in', 'not in', 'is', 'is not']);
const DATE_OPS = new Set(['=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not']);
const KEY_OPS = new Set(['=', '!=', 'in', 'not in']);
const RANGE = new Set(['<', '>', '<=', '>=']);
const lower = (s: string) => s.toLowerCase();

function doesNotExist(value: string, field: string): JqlError {
  return new JqlError([`The value '${value}' does not exist for the field '${field}'.`]);
}

/** `ABC-12` or a numeric id; a key that names no visible issue is refused, an unknown numeric id matches nothing. */
function resolveIssue(text: string, ctx: EvalContext, written: string): string[] {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const rec = ctx.store.issues.get(t);
    return rec && ctx.visible(rec.projectId) ? [rec.id] : [];
  }
  if (!/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(t))
    throw new JqlError([`The issue key '${t}' for field '${written}' is invalid.`]);
  const rec = ctx.store.issue(t);
  if (!rec || !ctx.visible(rec.projectId)) {
    throw new JqlError([`An issue with key '${t.toUpperCase()}' does not exist for field '${written}'.`]);
  }
  return [rec.id];
}

const project: JqlField = {
  name: 'project',
  kind: 'single',
  operators: EQUALITY,
  resolve(text, ctx, written) {
    const t = lower(text.trim());
    const ids = [...ctx.store.projects.values()]
      .filter((p) => ctx.visible(p.id) && (lower(p.key) === t || p.id === t || lower(p.name) === t))
      .map((p) => p.id);
    if (ids.length === 0) throw doesNotExist(text, written);
    return ids;
  },
  value: (r) => r.projectId,
};

const issuetype: JqlField = {
  name: 'issuetype',
  kind: 'single',
  operators: EQUALITY,
  resolve(text, ctx, written) {
    const t = lower(text.trim());
    const ids = ctx.store.issueTypes.filter((x) => lower(x.name) === t || x.id === t).map((x) => x.id);
    if (ids.length === 0) throw doesNotExist(text, written);
    return ids;
  },
  resolveFunction(name, _args, ctx) {
    const fn = lower(name);
    if (fn === 'standardissuetypes') return ctx.store.issueTypes.filter((t) => t.hierarchyLevel >= 0).map((t) => t.id);
    if (fn === 'subtaskissuetypes') return ctx.store.issueTypes.filter((t) => t.hierarchyLevel < 0).map((t) => t.id);
    throw notValidFunction(name, 'issuetype');
  },
  value: (r) => r.issueTypeId,
};

const status: JqlField = {
  name: 'status',
  kind: 'single',
  operators: EQUALITY,
  resolve(text, ctx, written) {
    const t = lower(text.trim());
    const ids = ctx.store.statuses.filter((s) => lower(s.name) === t || s.id === t).map((s) => s.id);
    if (ids.length === 0) throw doesNotExist(text, written);
    return ids;
  },
  value: (r) => r.statusId,
};

/** Resolves to category keys; the issue's value is its status's category key. */
function statusCategory(store: Store): JqlField {
  return {
    name: 'statusCategory',
    kind: 'single',
    operators: EQUALITY,
    resolve(text, _ctx, written) {
      const t = lower(text.trim());
      const keys = STATUS_CATEGORIES.filter((c) => c.key === t || lower(c.name) === t || String(c.id) === t).map(
        (c) => c.key,
      );
      if (keys.length === 0) throw doesNotExist(text, written);
      return keys;
    },
    value: (r) => store.status(r.statusId).category,
  };
}

const parent: JqlField = {
  name: 'parent',
  kind: 'single',
  operators: EQUALITY,
  resolve: resolveIssue,
  value: (r) => r.parentId,
};

const issuekey: JqlField = {
  name: 'key',
  kind: 'single',
  operators: KEY_OPS,
  unsupportedOperators: RANGE,
  resolve: resolveIssue,
  value: (r) => r.id,
};

const fixVersion: JqlField = {
  name: 'fixVersion',
  kind: 'multi',
  operators: EQUALITY,
  resolve(text, ctx, written) {
    const t = lower(text.trim());
    const ids = [...ctx.store.versions.values()]
      .filter((v) => ctx.visible(v.projectId) && (lower(v.name) === t || v.id === t))
      .map((v) => v.id);
    if (ids.length === 0) throw doesNotExist(text, written);
    return ids;
  },
  resolveFunction(name, args, ctx) {
    const fn = lower(name);
    if (fn !== 'releasedversions' && fn !== 'unreleasedversions') throw notValidFunction(name, 'fixVersion');
    const released = fn === 'releasedversions';
    const projectIds = args.length === 0 ? undefined : args.flatMap((a) => project.resolve?.(a, ctx, 'project') ?? []);
    return [...ctx.store.versions.values()]
      .filter(
        (v) => v.released === released && ctx.visible(v.projectId) && (!projectIds || projectIds.includes(v.projectId)),
      )
      .map((v) => v.id);
  },
  value: (r) => r.fixVersionIds,
};

const labels: JqlField = {
  name: 'labels',
  kind: 'multi',
  operators: EQUALITY,
  resolve: (text) => [lower(text)],
  value: (r) => r.labels.map(lower),
};

function dateField(name: string, get: (r: IssueRecord) => Date | null): JqlField {
  return { name, kind: 'date', operators: DATE_OPS, value: get };
}

export function notValidFunction(name: string, field: string): JqlError {
  const known = KNOWN_FUNCTIONS.has(lower(name));
  return known
    ? unsupported(`the function '${name}()' on the '${field}' field`)
    : new JqlError([`Unable to find JQL function '${name}()'.`]);
}

/** Functions that exist in Jira: one the simulator lacks is reported as a simulator gap, not as unknown. */
const KNOWN_FUNCTIONS = new Set(
  (
    'now startofday endofday startofweek endofweek startofmonth endofmonth startofyear endofyear currentuser ' +
    'membersof issuehistory linkedissues opensprints closedsprints futuresprints releasedversions unreleasedversions ' +
    'latestreleasedversion earliestunreleasedversion standardissuetypes subtaskissuetypes votedissues watchedissues ' +
    'updatedby lastlogin currentlogin projectsleadbyuser projectswhereuserhasrole projectswhereuserhaspermission ' +
    'componentsleadbyuser cascadeoption issuesWithRemoteLinksByGlobalId'
  )
    .toLowerCase()
    .split(' '),
);

/** Jira fields the simulator knows exist but does not evaluate: named as a simulator gap. */
const KNOWN_UNSUPPORTED = new Set([
  ...(
    'assignee reporter creator summary description text comment environment priority resolution sprint component ' +
    'affectedversion duedate due watcher watchers voter votes rank team filter savedfilter attachments issuelink ' +
    'issuelinktype lastviewed level originalestimate remainingestimate timespent workratio subtasks category ' +
    'statuscategorychangeddate issuefunction request'
  ).split(' '),
  'epic link',
  'parent link',
  'story points',
  'story point estimate',
]);

export function lookupField(written: string, store: Store): JqlField {
  const w = lower(written.trim());
  const date = (n: string, g: (r: IssueRecord) => Date | null) => dateField(n, g);
  switch (w) {
    case 'project':
      return project;
    case 'issuetype':
    case 'type':
      return issuetype;
    case 'status':
      return status;
    case 'statuscategory':
      return statusCategory(store);
    case 'parent':
      return parent;
    case 'key':
    case 'issuekey':
    case 'id':
    case 'issue':
      return issuekey;
    case 'fixversion':
      return fixVersion;
    case 'labels':
      return labels;
    case 'created':
    case 'createddate':
      return date('created', (r) => r.created);
    case 'updated':
    case 'updateddate':
      return date('updated', (r) => r.updated);
    case 'resolved':
    case 'resolutiondate':
      return date('resolved', (r) => r.resolutiondate);
  }
  if (/^cf\[\d+\]$/.test(w) || /^customfield_\d+$/.test(w) || KNOWN_UNSUPPORTED.has(w))
    throw unsupported(`the field '${written}'`);
  throw new JqlError([`Field '${written}' does not exist or you do not have permission to view it.`]);
}
