/**
 * Reads the `fields` / `update` of IssueUpdateDetails (create and edit) into simulator terms, refusing what Jira
 * refuses: fields not on the issue's screens (e.g. the other project style's story-points field, or `status`)
 * answer "cannot be set", as Jira does.
 */
import { pointsFieldFor } from '../catalog/fields';
import { JiraInputError } from '../state/mutations';
import type { IssueRecord, ProjectRecord, Store } from '../state/store';
import type { FieldUpdate } from '../types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function cannotBeSet(fieldId: string): JiraInputError {
  return new JiraInputError({
    [fieldId]: `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`,
  });
}

/** `{key}` or `{id}` → the string; null/`{none:true}`/`{key:null}` → null (clear). */
export function refOf(v: unknown, field: string): string | null {
  if (v === null) return null;
  if (isObject(v)) {
    if (v.none === true || v.key === null || v.id === null) return null;
    if (typeof v.key === 'string') return v.key;
    if (typeof v.id === 'string' || typeof v.id === 'number') return String(v.id);
    if (typeof v.name === 'string') return v.name;
  }
  throw new JiraInputError({ [field]: `Could not find valid 'id' or 'key' in ${field} object.` });
}

function versionRefs(v: unknown): string[] {
  if (!Array.isArray(v)) throw new JiraInputError({ fixVersions: 'data was not an array' });
  return v.map((x) => {
    const ref = refOf(x, 'fixVersions');
    if (ref === null) throw new JiraInputError({ fixVersions: 'Version name is required' });
    return ref;
  });
}

function labelsOf(v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new JiraInputError({ labels: 'data was not an array' });
  return v;
}

function pointsOf(v: unknown, fieldId: string): number | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new JiraInputError({ [fieldId]: 'Operation value must be a number' });
}

/** Fields both create and edit accept, plus `parent`; `ignored` are fields accepted but not simulated. */
const IGNORED = new Set(['description', 'priority', 'environment', 'duedate']);

export interface ParsedFields {
  update: FieldUpdate;
  parent?: string | null;
}

export function parseFields(fields: Json, project: ProjectRecord, skip: readonly string[] = []): ParsedFields {
  const update: FieldUpdate = {};
  const out: ParsedFields = { update };
  const pointsField = pointsFieldFor(project.style).id;
  for (const [id, value] of Object.entries(fields)) {
    if (skip.includes(id) || IGNORED.has(id)) continue;
    if (id === 'summary') {
      if (typeof value !== 'string') throw new JiraInputError({ summary: 'Summary must be a string.' });
      update.summary = value;
    } else if (id === 'labels') update.labels = labelsOf(value);
    else if (id === 'fixVersions') update.fixVersions = versionRefs(value);
    else if (id === 'assignee') update.assignee = value === null ? null : refAccount(value, 'assignee');
    else if (id === pointsField) update.points = pointsOf(value, id);
    else if (id === 'parent') out.parent = refOf(value, 'parent');
    else throw cannotBeSet(id);
  }
  return out;
}

export function refAccount(v: unknown, field: string): string {
  if (isObject(v) && typeof v.accountId === 'string') return v.accountId;
  throw new JiraInputError({ [field]: `Specify a valid value for ${field}.` });
}

/** Applies `update` operations (`add`/`remove`/`set`) on labels and fix versions onto a pending FieldUpdate. */
export function applyUpdateOps(store: Store, rec: IssueRecord, ops: Json, into: ParsedFields): void {
  for (const [id, list] of Object.entries(ops)) {
    if (!Array.isArray(list)) throw new JiraInputError({ [id]: 'Operations must be a list.' });
    if (id === 'labels') {
      let labels = into.update.labels ?? [...rec.labels];
      for (const op of list as Json[]) {
        if (typeof op.add === 'string') labels = [...labels, op.add];
        else if (typeof op.remove === 'string') labels = labels.filter((l) => l !== op.remove);
        else if (op.set !== undefined) labels = labelsOf(op.set);
      }
      into.update.labels = labels;
    } else if (id === 'fixVersions') {
      let versions = into.update.fixVersions ?? [...rec.fixVersionIds];
      const idOf = (ref: string) =>
        store.versionsOf(rec.projectId).find((v) => v.id === ref || v.name === ref)?.id ?? ref;
      for (const op of list as Json[]) {
        if (op.add !== undefined) versions = [...versions, idOf(refOf(op.add, 'fixVersions') ?? '')];
        else if (op.remove !== undefined) {
          const gone = idOf(refOf(op.remove, 'fixVersions') ?? '');
          versions = versions.filter((v) => idOf(v) !== gone);
        } else if (op.set !== undefined) versions = versionRefs(op.set);
      }
      into.update.fixVersions = versions;
    } else {
      const setOp = (list as Json[]).find((op) => 'set' in op);
      if (!setOp) throw new JiraInputError({ [id]: `Field '${id}' does not support this operation.` });
      const project = store.projects.get(rec.projectId);
      if (!project) throw new Error('issue without project');
      const parsed = parseFields({ [id]: setOp.set }, project);
      Object.assign(into.update, parsed.update);
      if (parsed.parent !== undefined) into.parent = parsed.parent;
    }
  }
}
