/**
 * The workflow every simulated project uses: four statuses, any status reachable from any other (a global
 * transition per status, as team-managed boards and the simplified company-managed workflow do).
 * Company-managed projects share global statuses; team-managed projects get their own status ids scoped to the
 * project, as in Jira Cloud, so code that compares status ids across projects breaks here as it would there.
 */
import type { StatusCategoryKey, StatusName } from '../types';

export interface StatusTemplate {
  name: StatusName;
  category: StatusCategoryKey;
  /** Id used by company-managed projects (global statuses). */
  globalId: string;
  /** Transition id of the global transition into this status. */
  transitionId: string;
}

export const WORKFLOW: readonly StatusTemplate[] = [
  { name: 'To Do', category: 'new', globalId: '10000', transitionId: '11' },
  { name: 'In Progress', category: 'indeterminate', globalId: '3', transitionId: '21' },
  { name: 'In Review', category: 'indeterminate', globalId: '10001', transitionId: '31' },
  { name: 'Done', category: 'done', globalId: '10002', transitionId: '41' },
];

export interface StatusDef {
  id: string;
  name: StatusName;
  category: StatusCategoryKey;
  /** null for a global status; the project id for a team-managed project's own status. */
  projectId: string | null;
}

/** Jira sets resolution "Done" (id 10000) when an issue enters the done category and clears it when it leaves. */
export const DONE_RESOLUTION = { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' };

/** Every issue has priority Medium; priorities are not part of the simulated surface beyond their shape. */
export const MEDIUM_PRIORITY = { id: '3', name: 'Medium', iconPath: '/images/icons/priorities/medium.svg' };
