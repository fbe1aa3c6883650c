/**
 * Which fetched issues each target of a KR reaches, from the facts the FactCollector gathers.
 *
 * Sub-tasks: an epic's sub-tasks hang off its children, not the epic (`parent in (epic)` never returns them), so a KR
 * that includes sub-tasks fetches the epic's children, then `parent in (children)` — for all planned epics in one
 * batched round. Project targets reach sub-tasks directly; version and JQL targets reach the sub-tasks that match
 * them themselves (a sub-task without the fix version is not in the version's scope).
 */
import type { FactCollector } from './fact-collector';
import { exclusions } from './jql/scope';
import { wrapUserJql } from './jql/user-jql';
import type { ResolvedPlanOptions } from './planner';
import type { IssueFact, ReachedIssues, Target } from './types';

export class ScopeResolver {
  private subtaskRound: Promise<void> | undefined;

  constructor(
    private readonly collector: FactCollector,
    private readonly options: ResolvedPlanOptions,
    /** Live epics whose children's sub-tasks the plan wants, batched into one round. */
    private readonly subtaskEpicIds: readonly string[],
  ) {}

  async childrenOf(epicIds: readonly string[]): Promise<string[]> {
    await this.collector.ready('parent', epicIds, true);
    return epicIds.flatMap((id) => this.collector.idsWith('parent', id));
  }

  /** The KR's issues per target (the domain's `ReachedIssues`) and their union, each issue once, sorted by id. */
  async resolve(live: readonly Target[], includeSubtasks: boolean): Promise<{ issues: IssueFact[]; reached: ReachedIssues[] }> {
    await this.childrenOf(live.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : [])));
    if (includeSubtasks) await this.batchSubtasks();
    const reached: ReachedIssues[] = [];
    for (const target of live) {
      const ids = await this.idsReachedBy(target, includeSubtasks);
      // Epics (and Premium levels above) are never in scope; sub-tasks only on request. Name-independent.
      const issues = ids
        .flatMap((id) => this.collector.facts.get(id) ?? [])
        .filter((f) => f.hierarchyLevel === 0 || (includeSubtasks && f.hierarchyLevel < 0))
        .sort(byId);
      reached.push({ target, issues });
    }
    const union = new Map(reached.flatMap((r) => r.issues.map((f) => [f.id, f] as const)));
    return { issues: [...union.values()].sort(byId), reached };
  }

  private async idsReachedBy(target: Target, sub: boolean): Promise<string[]> {
    const { collector } = this;
    switch (target.kind) {
      case 'epic': {
        const children = await this.childrenOf([target.issueId]);
        if (!sub || children.length === 0) return children;
        await collector.ready('parent', children, true);
        return [...children, ...children.flatMap((child) => collector.idsWith('parent', child))];
      }
      case 'project':
        await collector.ready('project', [target.projectId], sub);
        return collector.idsWith('project', target.projectId);
      case 'version':
        await collector.ready('fixVersion', [target.versionId], sub);
        return collector.idsWith('fixVersion', target.versionId);
      case 'jql': {
        const scope = `${wrapUserJql(target.jql)}${exclusions({ ...this.options, includeSubtasks: sub })}`;
        return [...(await collector.jqlMembers(scope))];
      }
    }
  }

  private batchSubtasks(): Promise<void> {
    this.subtaskRound ??= (async () => {
      await Promise.allSettled(this.subtaskEpicIds.map((id) => this.collector.ready('parent', [id], true)));
      this.collector.schedule('parent', this.subtaskEpicIds.flatMap((id) => this.collector.idsWith('parent', id)), true);
    })();
    return this.subtaskRound;
  }
}

function byId(a: IssueFact, b: IssueFact): number {
  return a.id.localeCompare(b.id);
}
