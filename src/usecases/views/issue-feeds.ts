import type { TargetDto } from '../../contract';
import { targetKey, type KeyResult, type Target } from '../../domain';
import type { Services } from '../../services';
import { collectAll, type IssueRoute } from '../../store';
import { inBatches } from './summarize-key-results';

export interface FedKeyResult {
  keyResult: KeyResult;
  via: TargetDto['kind'];
}

/**
 * The KRs an issue feeds, from the links index: an epic feeds the KRs it is linked to; other issues feed through
 * their parent epic (a sub-task through its parent's epic), their fix versions and their project. Epics are not in any
 * scope (their children are), and sub-tasks count only for KRs that include them. JQL scopes are not matched here: that would need a Jira call per
 * scope, and the issue panel's warm path makes none. A link whose KR no longer lists the target is ignored.
 */
export async function keyResultsFedBy(services: Pick<Services, 'repos'>, route: IssueRoute): Promise<FedKeyResult[]> {
  const routes: Target[] =
    route.hierarchyLevel >= 1
      ? [{ kind: 'epic', issueId: route.issueId }]
      : [
          ...(route.parentId ? [{ kind: 'epic' as const, issueId: route.parentId }] : []),
          ...(route.epicId ? [{ kind: 'epic' as const, issueId: route.epicId }] : []),
          ...route.versionIds.map((versionId) => ({ kind: 'version' as const, versionId })),
          ...(route.projectId ? [{ kind: 'project' as const, projectId: route.projectId }] : []),
        ];
  const viaByKr = new Map<string, Target>();
  for (const target of routes) {
    const links = await collectAll((page) => services.repos.links.listByTarget(target, page), { limit: 100 });
    for (const link of links) if (!viaByKr.has(link.keyResultId)) viaByKr.set(link.keyResultId, target);
  }
  const entries = [...viaByKr.entries()];
  const keyResults = await inBatches(entries, ([id]) => services.repos.keyResults.get(id));
  const fed: FedKeyResult[] = [];
  entries.forEach(([, via], index) => {
    const keyResult = keyResults[index];
    if (!keyResult || keyResult.source.type !== 'jira') return;
    if (!keyResult.source.targets.some((t) => targetKey(t) === targetKey(via))) return;
    if (route.hierarchyLevel < 0 && !keyResult.source.includeSubtasks) return;
    fed.push({ keyResult, via: via.kind });
  });
  return fed.sort(
    (a, b) => compare(a.keyResult.createdAt, b.keyResult.createdAt) || compare(a.keyResult.id, b.keyResult.id),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
