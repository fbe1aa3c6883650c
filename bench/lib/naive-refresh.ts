/**
 * The strategy the planner is measured against: what a straightforward app would do. It pages every target's
 * issues with all navigable fields, 100 per page, one query at a time, and counts in memory: each epic's children
 * (`parent = <epic>`), then, for KRs that include sub-tasks, that epic's children's sub-tasks (`parent in
 * (<children>)`); projects, versions and JQL scopes likewise. It is not wasteful on purpose: a target shared by KRs
 * is fetched once, and it reads the story-points fields like the planner does.
 */
import {
  inClause,
  jqlValue,
  storyPointFieldIds,
  wrapUserJql,
  type IssueFact,
  type JiraApi,
  type Target,
} from '../../src/jira';
import { targetKey } from '../../src/domain';
import { toIssueFact } from '../../src/jira/facts';
import type { BenchKeyResult } from './simulated-site';

export interface NaiveResult {
  krId: string;
  issues: IssueFact[];
}

export async function naiveRefresh(api: JiraApi, keyResults: readonly BenchKeyResult[]): Promise<NaiveResult[]> {
  const pointFields = storyPointFieldIds(await api.getFields());
  const pageAll = async (jql: string): Promise<IssueFact[]> => {
    const out: IssueFact[] = [];
    let nextPageToken: string | undefined;
    do {
      const page = await api.searchJql({
        jql,
        fields: ['*navigable'],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      for (const issue of page.issues ?? []) out.push(toIssueFact(issue, pointFields));
      nextPageToken = page.isLast ? undefined : (page.nextPageToken ?? undefined);
    } while (nextPageToken);
    return out;
  };

  const fetched = new Map<string, IssueFact[]>();
  const subtasksWanted = new Set(
    keyResults
      .filter((kr) => kr.source.includeSubtasks)
      .flatMap((kr) => kr.source.targets.filter((t) => t.kind === 'epic').map((t) => t.issueId)),
  );
  for (const kr of keyResults) {
    for (const target of kr.source.targets) {
      const key = targetKey(target);
      if (fetched.has(key)) continue;
      const issues = await pageAll(targetJql(target));
      if (target.kind === 'epic' && subtasksWanted.has(target.issueId) && issues.length > 0) {
        issues.push(
          ...(await pageAll(
            inClause(
              'parent',
              issues.map((i) => i.id),
            ),
          )),
        );
      }
      fetched.set(key, issues);
    }
  }

  return keyResults.map((kr) => {
    const inScope = new Map<string, IssueFact>();
    for (const target of kr.source.targets) {
      for (const issue of fetched.get(targetKey(target)) ?? []) {
        if (issue.hierarchyLevel === 0 || (kr.source.includeSubtasks && issue.hierarchyLevel < 0))
          inScope.set(issue.id, issue);
      }
    }
    return { krId: kr.id, issues: [...inScope.values()] };
  });
}

function targetJql(target: Target): string {
  switch (target.kind) {
    case 'epic':
      return `parent = ${jqlValue(target.issueId)}`;
    case 'project':
      return `project = ${jqlValue(target.projectId)}`;
    case 'version':
      return `fixVersion = ${jqlValue(target.versionId)}`;
    case 'jql':
      return wrapUserJql(target.jql);
  }
}
