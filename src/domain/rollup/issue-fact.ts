import type { Target } from '../model/target';

export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** An issue as the rollup needs it; the Jira layer maps search results to this plain shape. */
export interface IssueFact {
  /** Jira's numeric issue id: keys change when an issue moves project. */
  id: string;
  key?: string;
  parentId?: string;
  projectId: string;
  versionIds: string[];
  /** 1 epic (2+ above epics on Premium), 0 standard issue, -1 sub-task. */
  hierarchyLevel: number;
  statusCategory: StatusCategory;
  /** Story points; null or absent when not estimated. */
  points?: number | null;
  /** ISO datetime the issue was created. */
  createdAt?: string;
  /** ISO datetime the issue last entered the done status category. */
  doneAt?: string;
}

/** The issues one target of a KR reaches, as resolved by the Jira layer (JQL, epic children, …). */
export interface ReachedIssues {
  target: Target;
  issues: readonly IssueFact[];
}

/** A count-measure KR's numbers from `approximate-count`: two calls, or three with the in-progress count. */
export interface IssueCounts {
  scope: number;
  done: number;
  inProgress?: number;
}
