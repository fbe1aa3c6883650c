/**
 * Targets → JQL. Scope = the targets' issues, excluding epics; sub-tasks only when the KR asks.
 *
 * Epics are excluded by name (`issuetype != "Epic"`, an option: sites rename it). Sub-tasks are excluded with
 * `issuetype not in subTaskIssueTypes()` unless names are configured: team-managed projects call their sub-task type
 * "Subtask", company-managed ones "Sub-task", and a name a site lacks is a 400, so no fixed list of names is right
 * everywhere. Points queries additionally filter on `issuetype.hierarchyLevel` after the fetch, which is
 * name-independent.
 */
import type { Target } from '../types';
import { inClause, jqlValue } from './literal';
import { wrapUserJql } from './user-jql';

export interface ScopeOptions {
  includeSubtasks: boolean;
  epicTypeNames: readonly string[];
  /** Sub-task type names to exclude; undefined = every sub-task type, via `subTaskIssueTypes()`. */
  subtaskTypeNames?: readonly string[] | undefined;
  /** Children of the KR's epics: with `includeSubtasks`, their sub-tasks are in scope too (`parent in (children)`). */
  epicChildIds?: readonly string[];
}

/** One OR-group over all targets; issues reached by two targets match once, as the rollup requires. */
export function targetsClause(targets: readonly Target[], epicChildIds: readonly string[] = []): string | undefined {
  const ids = (kind: Target['kind']) =>
    targets.flatMap((t) =>
      t.kind !== kind ? [] : t.kind === 'epic' ? [t.issueId] : t.kind === 'project' ? [t.projectId] : t.kind === 'version' ? [t.versionId] : [],
    );
  const parts: string[] = [];
  const epics = unique(ids('epic'));
  if (epics.length > 0) parts.push(inClause('parent', epics));
  if (epicChildIds.length > 0) parts.push(inClause('parent', unique(epicChildIds)));
  const projects = unique(ids('project'));
  if (projects.length > 0) parts.push(inClause('project', projects));
  const versions = unique(ids('version'));
  if (versions.length > 0) parts.push(inClause('fixVersion', versions));
  for (const t of targets) if (t.kind === 'jql') parts.push(wrapUserJql(t.jql));
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

export const NOT_A_SUBTASK = 'issuetype not in subTaskIssueTypes()';

export function exclusions(options: Pick<ScopeOptions, 'includeSubtasks' | 'epicTypeNames' | 'subtaskTypeNames'>): string {
  const clauses = options.epicTypeNames.map((name) => `issuetype != ${jqlValue(name)}`);
  if (!options.includeSubtasks) {
    if (options.subtaskTypeNames === undefined) clauses.push(NOT_A_SUBTASK);
    else clauses.push(...options.subtaskTypeNames.map((name) => `issuetype != ${jqlValue(name)}`));
  }
  return clauses.map((clause) => ` AND ${clause}`).join('');
}

export function scopeJql(targets: readonly Target[], options: ScopeOptions): string | undefined {
  const clause = targetsClause(targets, options.includeSubtasks ? options.epicChildIds : []);
  return clause === undefined ? undefined : `${clause}${exclusions(options)}`;
}

export function doneJql(scope: string): string {
  return `${scope} AND statusCategory = Done`;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
