/**
 * The shapes src/jira reads and produces. The KR source types mirror src/domain's `jira` source field for field, so a
 * domain KeyResult is accepted here by structure alone and src/jira never imports the domain.
 */

export type Target =
  | { kind: 'epic'; issueId: string }
  | { kind: 'project'; projectId: string }
  | { kind: 'version'; versionId: string }
  | { kind: 'jql'; jql: string };

export interface JiraSource {
  type: 'jira';
  measure: 'count' | 'points';
  targets: readonly Target[];
  includeSubtasks: boolean;
}

/** Any key result: the planner picks out the ones whose source is `jira` and ignores metric/milestone sources. */
export interface KeyResultRef {
  id: string;
  source: { type: string };
}

export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** What the rollup needs to know about one issue; ids, never keys, because keys change when an issue moves. */
export interface IssueFact {
  id: string;
  key: string;
  parentId?: string;
  projectId: string;
  versionIds: string[];
  /** 1 epic, 0 standard, -1 sub-task (2+ on Premium hierarchies). */
  hierarchyLevel: number;
  statusCategory: StatusCategory;
  points: number | null;
  createdAt?: string;
  updatedAt?: string;
  /** For a done issue: when it last entered the done category (Jira's `statuscategorychangedate`). */
  doneAt?: string;
}

/** The issues one target of a KR reaches (the domain's `ReachedIssues`, by structure). */
export interface ReachedIssues {
  target: Target;
  issues: readonly IssueFact[];
}

/** A target that could not be resolved, so the KR says so instead of silently counting zero. */
export interface MissingTarget {
  target: Target;
  reason: 'not-found' | 'not-an-epic';
}
