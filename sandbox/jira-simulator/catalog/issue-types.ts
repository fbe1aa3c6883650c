/**
 * Issue types and their hierarchy levels (Epic 1, standard 0, sub-task −1). Company-managed projects share global
 * types; team-managed projects own project-scoped copies with their own ids, and call the sub-task type "Subtask".
 */
import type { IssueTypeName } from '../types';

export interface IssueTypeTemplate {
  name: IssueTypeName;
  teamManagedName: string;
  hierarchyLevel: number;
  globalId: string;
  avatarId: number;
}

export const ISSUE_TYPES: readonly IssueTypeTemplate[] = [
  { name: 'Epic', teamManagedName: 'Epic', hierarchyLevel: 1, globalId: '10000', avatarId: 10307 },
  { name: 'Story', teamManagedName: 'Story', hierarchyLevel: 0, globalId: '10001', avatarId: 10315 },
  { name: 'Task', teamManagedName: 'Task', hierarchyLevel: 0, globalId: '10002', avatarId: 10318 },
  { name: 'Sub-task', teamManagedName: 'Subtask', hierarchyLevel: -1, globalId: '10003', avatarId: 10316 },
  { name: 'Bug', teamManagedName: 'Bug', hierarchyLevel: 0, globalId: '10004', avatarId: 10303 },
];

export interface IssueTypeDef {
  id: string;
  /** The canonical simulator name (what seeds use). */
  canonical: IssueTypeName;
  /** The name Jira shows for this type in this project. */
  name: string;
  hierarchyLevel: number;
  avatarId: number;
  projectId: string | null;
}

export function issueTypeTemplate(name: string): IssueTypeTemplate | undefined {
  const lower = name.toLowerCase();
  return ISSUE_TYPES.find((t) => t.name.toLowerCase() === lower || t.teamManagedName.toLowerCase() === lower);
}
