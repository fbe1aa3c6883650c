/**
 * executePlan: runs a RefreshPlan and answers per KR. Failures are per KR (an outage, a rejected JQL) so the caller
 * keeps each failed KR's last good value, marked stale, while the others update.
 *
 * Order: verify epics (an approximate-count per 200, bulkfetch only where the count falls short), discover the
 * story-points field (points KRs only), schedule every batched fact query, then let each KR await just the parts it
 * needs. An epic whose children a search found empty is re-read by id before it counts as an empty scope (the count
 * that verified it may lag a deletion). A count KR whose scope does not fit one bounded JQL (too many epics, or an
 * epic with too many children when sub-tasks are included) is counted from facts instead.
 */
import type { JiraApi } from './api';
import { createEpicConfirmation, verifyEpics } from './epic-verification';
import { FactCollector } from './fact-collector';
import { fieldDiscoveryFor, type FieldDiscovery } from './fields';
import { createCounter } from './counter';
import { doneJql, scopeJql } from './jql/scope';
import { epicIdsOf, type PlannedKr, type RefreshPlan } from './planner';
import { ScopeResolver } from './scope-resolver';
import type { IssueFact, MissingTarget, ReachedIssues, Target } from './types';

interface KrResultBase {
  krId: string;
  measure: 'count' | 'points';
  /** Targets that no longer resolve (deleted or re-typed epics); the rest of the scope is still measured. */
  missingTargets: MissingTarget[];
}

export type KrRefreshResult =
  | (KrResultBase & {
      status: 'ok';
      measure: 'count';
      counts: { scope: number; done: number };
      /** 'facts' when the scope did not fit one bounded JQL and was counted from fetched issues. */
      countedBy: 'approximate-count' | 'facts';
    })
  | (KrResultBase & {
      status: 'ok';
      measure: 'points';
      /** The scope: every issue the KR's live targets reach, once, sorted by id. */
      issues: IssueFact[];
      /** The same issues per target, so the rollup can show what each target contributes. */
      reached: ReachedIssues[];
    })
  | (KrResultBase & { status: 'failed'; error: Error });

export interface ExecuteDeps {
  fieldDiscovery?: FieldDiscovery;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

export async function executePlan(
  plan: RefreshPlan,
  client: { api: JiraApi },
  deps: ExecuteDeps = {},
): Promise<KrRefreshResult[]> {
  const { api } = client;
  const options = plan.options;
  const epicLevels = await settle(() => verifyEpics(api, plan.epicIdsToVerify, options));
  const needsPoints = plan.krs.some((kr) => kr.measure === 'points');
  const discovery = deps.fieldDiscovery ?? fieldDiscoveryFor(api);
  const pointFields = needsPoints
    ? await settle(() => discovery.storyPointFields(options.storyPointsFieldId))
    : ({ ok: true, value: [] } as Outcome<string[]>);

  const collector = new FactCollector(api, pointFields.ok ? pointFields.value : [], options);
  const isLive = (epicId: string) => epicLevels.ok && (epicLevels.value.get(epicId) ?? 0) >= 1;

  // Batch first: every planned epic, project and version, before any KR awaits its part.
  const planned = plan.facts;
  collector.schedule('parent', [...planned.epicIds, ...plan.countChildEpicIds].filter(isLive), true);
  for (const [field, groups] of [['project', planned.projects], ['fixVersion', planned.versions]] as const) {
    collector.schedule(field, groups.withSubtasks, true);
    collector.schedule(field, groups.withoutSubtasks, false);
  }

  const count = createCounter(api);
  const scopes = new ScopeResolver(collector, options, planned.subtaskEpicIds.filter(isLive));
  const confirm = createEpicConfirmation(api);

  /** Epics a search found no children of, re-read by id: those that no longer resolve are missing, not empty. */
  const vanished = async (live: readonly Target[]): Promise<MissingTarget[]> => {
    const empty = epicsIn(live).filter((id) => collector.idsWith('parent', id).length === 0);
    if (empty.length === 0) return [];
    const levels = await confirm(empty);
    return live.flatMap((target): MissingTarget[] => {
      if (target.kind !== 'epic' || !empty.includes(target.issueId)) return [];
      const level = levels.get(target.issueId);
      return level === undefined ? [{ target, reason: 'not-found' }] : level < 1 ? [{ target, reason: 'not-an-epic' }] : [];
    });
  };

  const refresh = async (kr: PlannedKr): Promise<KrRefreshResult> => {
    const base = { krId: kr.krId, measure: kr.measure, missingTargets: missingOf(kr, epicLevels) };
    try {
      if (!epicLevels.ok && epicIdsOf(kr).length > 0) throw epicLevels.error;
      let live = kr.targets.filter((t) => t.kind !== 'epic' || isLive(t.issueId));
      if (kr.measure === 'points' || kr.includeSubtasks) {
        // These KRs fetch their epics' children anyway, which shows the epics whose emptiness needs confirming.
        await scopes.childrenOf(epicsIn(live));
        const gone = await vanished(live);
        base.missingTargets = [...base.missingTargets, ...gone];
        live = live.filter((t) => !gone.some((m) => m.target === t));
      }
      if (kr.measure === 'points') {
        if (!pointFields.ok) throw pointFields.error;
        return { ...base, status: 'ok', measure: 'points', ...(await scopes.resolve(live, kr.includeSubtasks)) };
      }
      if (live.length === 0) {
        return { ...base, status: 'ok', measure: 'count', counts: { scope: 0, done: 0 }, countedBy: 'approximate-count' };
      }
      const childIds = kr.includeSubtasks ? await scopes.childrenOf(epicsIn(live)) : [];
      const scope = boundedScope(live, kr.includeSubtasks, childIds);
      if (scope === undefined) {
        const { issues: facts } = await scopes.resolve(live, kr.includeSubtasks);
        const done = facts.filter((f) => f.statusCategory === 'done').length;
        return { ...base, status: 'ok', measure: 'count', counts: { scope: facts.length, done }, countedBy: 'facts' };
      }
      const [scopeCount, doneCount] = await Promise.all([count(scope), count(doneJql(scope))]);
      return { ...base, status: 'ok', measure: 'count', counts: { scope: scopeCount, done: doneCount }, countedBy: 'approximate-count' };
    } catch (error) {
      return { ...base, status: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  /** A scope JQL within our limits, or undefined when it must be counted from facts instead. */
  const boundedScope = (live: Target[], includeSubtasks: boolean, epicChildIds: string[]): string | undefined => {
    const idLists = [epicsIn(live), epicChildIds, idsOf(live, 'project'), idsOf(live, 'version')];
    if (idLists.some((ids) => ids.length > options.maxIdsPerClause)) return undefined;
    const jql = scopeJql(live, { ...options, includeSubtasks, epicChildIds });
    return jql !== undefined && jql.length <= options.maxJqlLength ? jql : undefined;
  };

  return Promise.all(plan.krs.map(refresh));
}

function missingOf(kr: PlannedKr, epicLevels: Outcome<Map<string, number>>): MissingTarget[] {
  if (!epicLevels.ok) return [];
  return kr.targets.flatMap((target): MissingTarget[] => {
    if (target.kind !== 'epic') return [];
    const level = epicLevels.value.get(target.issueId);
    if (level === undefined) return [{ target, reason: 'not-found' }];
    return level >= 1 ? [] : [{ target, reason: 'not-an-epic' }];
  });
}

function epicsIn(targets: readonly Target[]): string[] {
  return targets.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : []));
}

function idsOf(targets: readonly Target[], kind: 'project' | 'version'): string[] {
  return targets.flatMap((t) => (t.kind === 'project' && kind === 'project' ? [t.projectId] : t.kind === 'version' && kind === 'version' ? [t.versionId] : []));
}

async function settle<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
