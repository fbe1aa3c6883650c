/**
 * An issue's history as the trigger learns it, and the two states the incremental rollup reads from it: the issue
 * now, and the issue at a KR's baseline instant. Pure functions; docs/adr/0007 explains the rules.
 *
 * Merging is a join: changes are a set keyed by (changelog id, field, version), the full read and the payload keep
 * their highest-ranked copy, created/deleted keep their earliest time. So merging the same events in any order, any
 * number of times, gives the same history, which is what makes duplicate and out-of-order delivery harmless.
 */
import type { IssueChange, IssueHistory, JiraMeta, ObservedIssueState } from '../../store';

export type StatusCategory = ObservedIssueState['statusCategory'];

/** What one event (plus, when the trigger had to read it, the issue itself) tells about an issue. */
export interface IssueObservation {
  issueId: string;
  createdAt?: string;
  deletedAt?: string;
  payload?: NonNullable<IssueHistory['payload']>;
  changes: IssueChange[];
  observed?: NonNullable<IssueHistory['observed']>;
}

/**
 * An issue's state as the rollup needs it. A field left undefined is unknown: the rollup then refreshes the KR from
 * Jira instead of guessing. `parentId: null` means "no parent", `points: null` "not estimated".
 */
export type IssueState =
  | { exists: false }
  | {
      exists: true;
      parentId?: string | null;
      /** A sub-task's parent's parent: the epic that reaches it. */
      grandparentId?: string | null;
      projectId?: string;
      versionIds?: readonly string[];
      level?: number;
      statusCategory?: StatusCategory;
      points?: number | null;
    };

/** Changes older than this are dropped (baselines are renewed daily, so none is this old). */
export const HISTORY_RETENTION_MS = 8 * 24 * 3600 * 1000;
/** A bound on one record's size, far above what a week of edits to one issue produces. */
export const MAX_CHANGES = 400;

export const emptyHistory = (issueId: string): IssueHistory => ({ id: issueId, version: 0, changes: [] });

const changeKey = (c: IssueChange) => `${c.rank}:${c.field}:${c.field === 'version' ? c.versionId : ''}`;
const ms = (iso: string) => Date.parse(iso);
const earliest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : ms(a) <= ms(b) ? a : b;
const higher = <T extends { rank: number }>(a: T | undefined, b: T | undefined) =>
  a === undefined ? b : b === undefined ? a : b.rank > a.rank ? b : a;

export function mergeHistory(history: IssueHistory, observation: IssueObservation, now: Date): IssueHistory {
  const changes = new Map(history.changes.map((c) => [changeKey(c), c]));
  for (const change of observation.changes) {
    const key = changeKey(change);
    const known = changes.get(key);
    changes.set(key, known ? fillIn(known, change) : change);
  }
  let sorted = [...changes.values()].sort(
    (a, b) => a.rank - b.rank || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
  let truncatedBefore = history.truncatedBefore;
  const cutoff = now.getTime() - HISTORY_RETENTION_MS;
  const keep = sorted.filter((c, index) => ms(c.at) >= cutoff && index >= sorted.length - MAX_CHANGES);
  for (const dropped of sorted.filter((c) => !keep.includes(c))) {
    if (truncatedBefore === undefined || ms(dropped.at) > ms(truncatedBefore)) truncatedBefore = dropped.at;
  }
  sorted = keep;

  const merged: IssueHistory = { id: history.id, version: history.version, changes: sorted };
  const createdAt = earliest(history.createdAt, observation.createdAt);
  const deletedAt = earliest(history.deletedAt, observation.deletedAt);
  const payload = higher(history.payload, observation.payload);
  const observed = higher(history.observed, observation.observed);
  if (createdAt !== undefined) merged.createdAt = createdAt;
  if (deletedAt !== undefined) merged.deletedAt = deletedAt;
  if (payload !== undefined) merged.payload = payload;
  if (observed !== undefined) merged.observed = observed;
  if (truncatedBefore !== undefined) merged.truncatedBefore = truncatedBefore;
  return merged;
}

/** The same change seen twice may have been resolved once and not the other time: keep what is known. */
function fillIn(known: IssueChange, other: IssueChange): IssueChange {
  if ((known.field === 'status' && other.field === 'status') || (known.field === 'level' && other.field === 'level')) {
    const filled = { ...known };
    const from = known.from ?? other.from;
    const to = known.to ?? other.to;
    if (from !== undefined) filled.from = from;
    if (to !== undefined) filled.to = to;
    return filled as IssueChange;
  }
  return known;
}

/** True when two histories hold the same knowledge (the version aside): the trigger then skips the write. */
export function sameHistory(a: IssueHistory, b: IssueHistory): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}

type Resolver = Pick<JiraMeta, 'statusCategories' | 'issueTypeLevels'>;

const statusTo = (c: Extract<IssueChange, { field: 'status' }>, meta: Resolver) =>
  c.to ?? (c.toId === null ? undefined : meta.statusCategories[c.toId]);
const statusFrom = (c: Extract<IssueChange, { field: 'status' }>, meta: Resolver) =>
  c.from ?? (c.fromId === null ? undefined : meta.statusCategories[c.fromId]);
const levelTo = (c: Extract<IssueChange, { field: 'level' }>, meta: Resolver) =>
  c.to ?? (c.toTypeId === null ? undefined : meta.issueTypeLevels[c.toTypeId]);
const levelFrom = (c: Extract<IssueChange, { field: 'level' }>, meta: Resolver) =>
  c.from ?? (c.fromTypeId === null ? undefined : meta.issueTypeLevels[c.fromTypeId]);

interface Ranked<T> {
  rank: number;
  value: T;
}

/**
 * The value with the highest rank. At equal rank (one event seen as a change and as a payload) a known value beats
 * an unresolved one, and a change beats an observation.
 */
function latest<T>(candidates: ReadonlyArray<Ranked<T | undefined> | undefined>): Ranked<T | undefined> | undefined {
  let best: Ranked<T | undefined> | undefined;
  for (const c of candidates) {
    if (c === undefined) continue;
    if (
      best === undefined ||
      c.rank > best.rank ||
      (c.rank === best.rank && (c.value !== undefined || best.value === undefined))
    )
      best = c;
  }
  return best;
}

type ChangeOf<F extends IssueChange['field']> = Extract<IssueChange, { field: F }>;
const changesOf = <F extends IssueChange['field']>(h: IssueHistory, field: F) =>
  h.changes.filter((c): c is ChangeOf<F> => c.field === field);

/** The issue as of every event received, deletion aside. */
function latestFields(h: IssueHistory, meta: Resolver): Extract<IssueState, { exists: true }> {
  const observed = h.observed;
  const obs = <T>(value: T | undefined): Ranked<T> | undefined =>
    observed === undefined || value === undefined ? undefined : { rank: observed.rank, value };
  const fromPayload = <T>(value: T | undefined): Ranked<T> | undefined =>
    h.payload === undefined || value === undefined ? undefined : { rank: h.payload.rank, value };
  // An unresolved id still outranks older knowledge: the field is then unknown, not its older value.
  const lastChange = <F extends IssueChange['field'], T>(field: F, to: (c: ChangeOf<F>) => T | undefined) => {
    const list = changesOf(h, field);
    const last = list[list.length - 1];
    return last === undefined ? undefined : { rank: last.rank, value: to(last) };
  };

  const parent = latest<string | null>([obs(observed?.state.parentId), lastChange('parent', (c) => c.to)]);
  const points = latest<number | null>([obs(observed?.state.points), lastChange('points', (c) => c.to)]);
  const status = latest<StatusCategory>([
    obs(observed?.state.statusCategory),
    fromPayload(h.payload?.statusCategory),
    lastChange('status', (c) => statusTo(c, meta)),
  ]);
  const project = latest<string | null>([
    obs(observed?.state.projectId),
    fromPayload(h.payload?.projectId),
    lastChange('project', (c) => c.to),
  ]);
  const level = latest<number>([
    obs(observed?.state.level),
    fromPayload(h.payload?.level),
    lastChange('level', (c) => levelTo(c, meta)),
  ]);

  const state: Extract<IssueState, { exists: true }> = { exists: true };
  if (parent?.value !== undefined) state.parentId = parent.value;
  if (points?.value !== undefined) state.points = points.value;
  if (status?.value !== undefined) state.statusCategory = status.value;
  if (project?.value !== undefined && project.value !== null) state.projectId = project.value;
  if (level?.value !== undefined) state.level = level.value;
  if (observed !== undefined) {
    const versions = new Set(observed.state.versionIds);
    for (const c of changesOf(h, 'version')) {
      if (c.rank <= observed.rank) continue;
      if (c.to) versions.add(c.versionId);
      else versions.delete(c.versionId);
    }
    state.versionIds = [...versions].sort();
    // A re-parented sub-task reaches another epic, which the full read did not see.
    const reparented = changesOf(h, 'parent').some((c) => c.rank > observed.rank);
    if (!reparented && observed.state.grandparentId !== undefined) state.grandparentId = observed.state.grandparentId;
  }
  return state;
}

export function currentState(h: IssueHistory, meta: Resolver): IssueState {
  return h.deletedAt === undefined ? latestFields(h, meta) : { exists: false };
}

/**
 * The issue at instant `t`: each field's value before its earliest change after `t`, else its latest value. Returns
 * undefined when the history cannot tell (changes before `t` were dropped).
 */
export function stateAt(h: IssueHistory, t: string, meta: Resolver): IssueState | undefined {
  const time = ms(t);
  if (h.truncatedBefore !== undefined && ms(h.truncatedBefore) > time) return undefined;
  if (h.createdAt !== undefined && ms(h.createdAt) > time) return { exists: false };
  if (h.deletedAt !== undefined && ms(h.deletedAt) <= time) return { exists: false };
  const state = latestFields(h, meta);
  const firstAfter = <F extends IssueChange['field']>(field: F) => changesOf(h, field).find((c) => ms(c.at) > time);

  const parent = firstAfter('parent');
  if (parent) {
    state.parentId = parent.from;
    delete state.grandparentId;
  }
  const points = firstAfter('points');
  if (points) state.points = points.from;
  const status = firstAfter('status');
  if (status) assign(state, 'statusCategory', statusFrom(status, meta));
  const project = firstAfter('project');
  if (project) assign(state, 'projectId', project.from ?? undefined);
  const level = firstAfter('level');
  if (level) assign(state, 'level', levelFrom(level, meta));
  if (state.versionIds !== undefined) {
    const versions = new Set(state.versionIds);
    const seen = new Set<string>();
    for (const c of changesOf(h, 'version')) {
      if (ms(c.at) <= time || seen.has(c.versionId)) continue;
      seen.add(c.versionId);
      if (c.from) versions.add(c.versionId);
      else versions.delete(c.versionId);
    }
    state.versionIds = [...versions].sort();
  }
  return state;
}

function assign<K extends 'statusCategory' | 'projectId' | 'level'>(
  state: Extract<IssueState, { exists: true }>,
  key: K,
  value: Extract<IssueState, { exists: true }>[K] | undefined,
): void {
  if (value === undefined) delete state[key];
  else state[key] = value;
}

/**
 * Every epic, project and version this issue has belonged to in any state the history knows: the KRs an event may
 * change. A sub-task also reaches its parent's epic; an epic is itself a target (deleting or re-typing it matters).
 */
export function targetKeysOf(h: IssueHistory, meta: Resolver): string[] {
  const keys = new Set<string>();
  const state = latestFields(h, meta);
  const parents = new Set<string | null | undefined>([state.parentId, h.observed?.state.parentId]);
  for (const c of changesOf(h, 'parent')) parents.add(c.from).add(c.to);
  for (const p of [...parents, h.observed?.state.grandparentId]) if (p) keys.add(`epic:${p}`);
  const projects = new Set<string | null | undefined>([
    state.projectId,
    h.observed?.state.projectId,
    h.payload?.projectId,
  ]);
  for (const c of changesOf(h, 'project')) projects.add(c.from).add(c.to);
  for (const p of projects) if (p) keys.add(`project:${p}`);
  const versions = new Set<string>([...(state.versionIds ?? []), ...(h.observed?.state.versionIds ?? [])]);
  for (const c of changesOf(h, 'version')) versions.add(c.versionId);
  for (const v of versions) keys.add(`version:${v}`);
  const levels = [
    state.level,
    h.observed?.state.level,
    h.payload?.level,
    ...changesOf(h, 'level').flatMap((c) => [levelFrom(c, meta), levelTo(c, meta)]),
  ];
  if (levels.some((level) => level !== undefined && level >= 1)) keys.add(`epic:${h.id}`);
  return [...keys].sort();
}
