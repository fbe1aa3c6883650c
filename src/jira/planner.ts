/**
 * planRefresh: from key results to the fewest Jira reads that can refresh them (DESIGN "Performance model").
 * - count KRs: two approximate-counts each (scope, scope AND done), no paging;
 * - points KRs: issue facts, with every epic of every points KR batched into `parent in (...)` chunks, projects and
 *   versions batched likewise, and identical user JQL scopes run once;
 * - epic targets of all KRs are checked for existence with one bulkfetch, so a deleted epic is reported, not counted
 *   as an empty scope (and not sent in JQL, where Jira would reject the whole query).
 * The plan is data; executePlan renders JQL once the live epics are known.
 */
import { JQL_LIMITS, type ChunkLimits } from './jql/chunk';
import { unique } from './jql/scope';
import type { JiraSource, KeyResultRef, Target } from './types';

export interface PlanOptions {
  /** Admin setting: the story-points field id. Wins over discovery and saves its call. */
  storyPointsFieldId?: string;
  /** Issue type names excluded from scope as epics (JQL side; facts are filtered by hierarchy level). */
  epicTypeNames?: readonly string[];
  /**
   * Sub-task type names excluded unless a KR includes sub-tasks. Default: all sub-task types via
   * `subTaskIssueTypes()` (team-managed projects call theirs "Subtask", company-managed ones "Sub-task").
   */
  subtaskTypeNames?: readonly string[];
  maxJqlLength?: number;
  maxIdsPerClause?: number;
}

export interface ResolvedPlanOptions extends ChunkLimits {
  storyPointsFieldId: string | undefined;
  epicTypeNames: readonly string[];
  subtaskTypeNames: readonly string[] | undefined;
}

export interface PlannedKr {
  krId: string;
  measure: 'count' | 'points';
  targets: Target[];
  includeSubtasks: boolean;
}

export interface IdGroups {
  /** Ids used by at least one KR that includes sub-tasks: fetched with sub-tasks, filtered per KR afterwards. */
  withSubtasks: string[];
  withoutSubtasks: string[];
}

export interface FactSpecs {
  /** Epics whose children are fetched as facts. */
  epicIds: string[];
  /** Epics whose children's sub-tasks are fetched too (a second `parent in (children)` round). */
  subtaskEpicIds: string[];
  projects: IdGroups;
  versions: IdGroups;
  jqlScopes: Array<{ jql: string; includeSubtasks: boolean }>;
}

export interface RefreshPlan {
  krs: PlannedKr[];
  epicIdsToVerify: string[];
  /** Epics of count KRs that include sub-tasks: their children's ids go into the count JQL. */
  countChildEpicIds: string[];
  facts: FactSpecs;
  options: ResolvedPlanOptions;
}

/** Issue types left out of a scope as epics unless a site configures others (`PlanOptions.epicTypeNames`). */
export const DEFAULT_EPIC_TYPE_NAMES: readonly string[] = ['Epic'];

export function resolveOptions(options: PlanOptions = {}): ResolvedPlanOptions {
  return {
    storyPointsFieldId: options.storyPointsFieldId,
    epicTypeNames: options.epicTypeNames ?? DEFAULT_EPIC_TYPE_NAMES,
    subtaskTypeNames: options.subtaskTypeNames,
    maxJqlLength: options.maxJqlLength ?? JQL_LIMITS.maxJqlLength,
    maxIdsPerClause: options.maxIdsPerClause ?? JQL_LIMITS.maxIdsPerClause,
  };
}

export function planRefresh(keyResults: readonly KeyResultRef[], options: PlanOptions = {}): RefreshPlan {
  const krs = keyResults.flatMap((kr): PlannedKr[] =>
    isJiraSource(kr.source)
      ? [{ krId: kr.id, measure: kr.source.measure, targets: [...kr.source.targets], includeSubtasks: kr.source.includeSubtasks }]
      : [],
  );
  const counts = krs.filter((kr) => kr.measure === 'count');
  return {
    krs,
    epicIdsToVerify: unique(krs.flatMap(epicIdsOf)),
    countChildEpicIds: unique(counts.filter((kr) => kr.includeSubtasks).flatMap(epicIdsOf)),
    facts: factSpecs(krs.filter((kr) => kr.measure === 'points')),
    options: resolveOptions(options),
  };
}

/** Also used by the executor for count KRs too large for one JQL, which fall back to counting facts. */
export function factSpecs(krs: readonly PlannedKr[]): FactSpecs {
  const jqlScopes = new Map<string, { jql: string; includeSubtasks: boolean }>();
  for (const kr of krs) {
    for (const t of kr.targets) {
      if (t.kind === 'jql') jqlScopes.set(`${kr.includeSubtasks}:${t.jql}`, { jql: t.jql, includeSubtasks: kr.includeSubtasks });
    }
  }
  return {
    epicIds: unique(krs.flatMap(epicIdsOf)),
    subtaskEpicIds: unique(krs.filter((kr) => kr.includeSubtasks).flatMap(epicIdsOf)),
    projects: groupIds(krs, (t) => (t.kind === 'project' ? t.projectId : undefined)),
    versions: groupIds(krs, (t) => (t.kind === 'version' ? t.versionId : undefined)),
    jqlScopes: [...jqlScopes.values()],
  };
}

export function epicIdsOf(kr: PlannedKr): string[] {
  return kr.targets.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : []));
}

function groupIds(krs: readonly PlannedKr[], idOf: (t: Target) => string | undefined): IdGroups {
  const withSubtasks = new Set<string>();
  const all = new Set<string>();
  for (const kr of krs) {
    for (const t of kr.targets) {
      const id = idOf(t);
      if (id === undefined) continue;
      all.add(id);
      if (kr.includeSubtasks) withSubtasks.add(id);
    }
  }
  return { withSubtasks: [...withSubtasks], withoutSubtasks: [...all].filter((id) => !withSubtasks.has(id)) };
}

function isJiraSource(source: { type: string }): source is JiraSource {
  const s = source as Partial<JiraSource>;
  return s.type === 'jira' && (s.measure === 'count' || s.measure === 'points') && Array.isArray(s.targets);
}
