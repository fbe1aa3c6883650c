import { refetchIssues, type IssueFact, type JiraClient } from '../../jira';
import type { ObservedIssueState } from '../../store';

export interface ReadIssue {
  state: ObservedIssueState;
  createdAt?: string;
}

/** Issues by id as the rollup needs them: one bulkfetch (≤ 100 ids); deleted or invisible ones are left out. */
export async function readIssues(
  client: JiraClient,
  ids: readonly string[],
  pointFieldIds: readonly string[],
): Promise<Map<string, ReadIssue>> {
  const { facts } = await refetchIssues(client.api, ids, pointFieldIds);
  return new Map(facts.map((fact) => [fact.id, toReadIssue(fact)]));
}

function toReadIssue(fact: IssueFact): ReadIssue {
  const state: ObservedIssueState = {
    parentId: fact.parentId ?? null,
    projectId: fact.projectId,
    versionIds: [...fact.versionIds].sort(),
    level: fact.hierarchyLevel,
    statusCategory: fact.statusCategory,
    points: fact.points,
  };
  const createdAt = fact.createdAt === undefined ? undefined : new Date(fact.createdAt);
  return createdAt && Number.isFinite(createdAt.getTime()) ? { state, createdAt: createdAt.toISOString() } : { state };
}
