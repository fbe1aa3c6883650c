/**
 * Full refresh: measure KRs from Jira (asApp, through the planner: batched, fewest calls) and store their progress
 * with evidence. Each refreshed Jira KR that issue events can update also gets a new baseline, so the events after
 * this refresh are applied to fresh totals (docs/adr/0007).
 *
 * Failures are per KR and never destroy a good value: a KR Jira could not measure keeps its last progress, marked
 * stale with the reason; a KR with a deleted (or re-typed) epic keeps its last value and says which targets are
 * missing, because the work under a deleted epic did not become undone.
 */
import {
  computeKeyResultProgress,
  freshProgress,
  markProgressStale,
  type KeyResult,
  type KrProgress,
  type ProgressResult,
} from '../../domain';
import { executePlan, isJiraUnavailable, planRefresh, type KrRefreshResult, type MissingTarget } from '../../jira';
import type { Services } from '../../services';
import type { BaselineTotals } from '../../store';
import { resolvePeriod } from '../periods/resolve-period';
import { fingerprintOf, incrementalScopeOf } from './incremental-scope';
import { persistedFieldDiscovery } from './story-point-fields';
import { applyVersionReleases, hasVersionMilestones } from './version-milestones';

export interface RecomputeOutcome {
  /** Stored fresh. */
  recomputed: string[];
  /** Not refreshed: the last good value is kept, marked stale with the reason. */
  stale: string[];
  /** Stale because Jira was unavailable (rate limits, 5xx, timeouts): worth retrying later. */
  retryable: string[];
  /** Not recomputed at all: the KR no longer exists or its stored record cannot be read. */
  failed: string[];
  /** Why each stale or failed KR was not refreshed. */
  reasons: Record<string, string>;
}

export type RecomputeServices = Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>;

export const emptyOutcome = (): RecomputeOutcome => ({
  recomputed: [],
  stale: [],
  retryable: [],
  failed: [],
  reasons: {},
});

export async function recomputeKeyResults(
  services: RecomputeServices,
  keyResultIds: readonly string[],
): Promise<RecomputeOutcome> {
  const outcome = emptyOutcome();
  const keyResults = await loadKeyResults(services, keyResultIds, outcome);
  const asOf = services.clock.now().toISOString();

  for (const kr of keyResults.filter((k) => k.source.type !== 'jira')) {
    const versions = hasVersionMilestones(kr) ? await applyVersionReleases(services, kr) : undefined;
    if (versions?.status === 'unreadable') {
      await keepStale(services, kr, versions.reason, versions.retryable, asOf, outcome);
      continue;
    }
    await saveComputedProgress(services, versions?.keyResult ?? kr, asOf);
    outcome.recomputed.push(kr.id);
  }
  const jiraKrs = keyResults.filter((k) => k.source.type === 'jira');
  if (jiraKrs.length === 0) return outcome;

  const settings = await services.repos.settings.get();
  const plan = planRefresh(
    jiraKrs.map(asPlanned),
    settings.storyPointsFieldId ? { storyPointsFieldId: settings.storyPointsFieldId } : {},
  );
  let results: KrRefreshResult[];
  try {
    results = await executePlan(plan, services.jiraAsApp(), { fieldDiscovery: persistedFieldDiscovery(services) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    results = jiraKrs.map((kr) => ({
      krId: kr.id,
      measure: 'count',
      missingTargets: [],
      status: 'failed',
      error: failure,
    }));
  }
  const previous = await services.repos.progress.getMany(jiraKrs.map((k) => k.id));
  const byId = new Map(jiraKrs.map((k) => [k.id, k]));
  for (const result of results) {
    const kr = byId.get(result.krId);
    if (kr) await store(services, kr, result, previous.get(kr.id), asOf, settings, outcome);
  }
  return outcome;
}

/**
 * A check-in may set a metric KR's value (and save its progress) between this read and this write. So write, then
 * read the KR again: if it moved meanwhile, write again from the newer one, so the last write is never the older
 * value's (test/reliability/concurrency.test.ts).
 */
async function saveComputedProgress(services: RecomputeServices, read: KeyResult, asOf: string): Promise<void> {
  let kr = read;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await services.repos.progress.save(freshProgress(kr.id, computeKeyResultProgress(kr), asOf));
    const again = await services.repos.keyResults.get(kr.id);
    if (!again || again.version === kr.version || again.source.type === 'jira') return;
    kr = again;
  }
}

/** A version milestone Jira could not read: the last good progress stays, marked stale with the reason. */
async function keepStale(
  services: RecomputeServices,
  kr: KeyResult,
  reason: string,
  retryable: boolean,
  at: string,
  outcome: RecomputeOutcome,
): Promise<void> {
  const previous = await services.repos.progress.get(kr.id);
  await services.repos.progress.save(
    markProgressStale(previous, { keyResultId: kr.id, sourceType: kr.source.type, reason, at }),
  );
  outcome.stale.push(kr.id);
  if (retryable) outcome.retryable.push(kr.id);
  outcome.reasons[kr.id] = reason;
}

/** A period-baseline KR is measured from its issues (with their dates), whatever its measure says. */
function asPlanned(kr: KeyResult): KeyResult {
  return kr.baseline && kr.source.type === 'jira' ? { ...kr, source: { ...kr.source, measure: 'points' } } : kr;
}

async function loadKeyResults(
  services: RecomputeServices,
  ids: readonly string[],
  outcome: RecomputeOutcome,
): Promise<KeyResult[]> {
  const found: KeyResult[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      const kr = await services.repos.keyResults.get(id);
      if (kr) found.push(kr);
      else {
        // Its baseline would otherwise outlive it; its progress is the deleting use case's to remove.
        await services.repos.baselines.delete(id);
        fail(outcome, id, 'The key result no longer exists.');
      }
    } catch (error) {
      fail(outcome, id, error instanceof Error ? error.message : String(error));
    }
  }
  return found;
}

function fail(outcome: RecomputeOutcome, id: string, reason: string) {
  outcome.failed.push(id);
  outcome.reasons[id] = reason;
}

async function store(
  services: RecomputeServices,
  kr: KeyResult,
  result: KrRefreshResult,
  previous: KrProgress | undefined,
  asOf: string,
  settings: Awaited<ReturnType<Services['repos']['settings']['get']>>,
  outcome: RecomputeOutcome,
): Promise<void> {
  const { repos } = services;
  const stale = async (reason: string, retryable: boolean) => {
    await repos.progress.save(
      markProgressStale(previous, { keyResultId: kr.id, sourceType: 'jira', reason, at: asOf }),
    );
    outcome.stale.push(kr.id);
    if (retryable) outcome.retryable.push(kr.id);
    outcome.reasons[kr.id] = reason;
  };
  if (result.status === 'failed') {
    await stale(result.error.message, isJiraUnavailable(result.error));
    return;
  }

  let computed: ProgressResult;
  try {
    computed = progressOf(kr, result, settings);
  } catch (error) {
    await stale(error instanceof Error ? error.message : String(error), false);
    return;
  }

  if (result.missingTargets.length > 0) {
    await repos.progress.save(withMissingTargets(kr.id, previous, computed, result.missingTargets, asOf));
    await repos.baselines.delete(kr.id);
    outcome.recomputed.push(kr.id);
    return;
  }

  await repos.progress.save(freshProgress(kr.id, computed, asOf));
  const scope = incrementalScopeOf(kr);
  if (scope && kr.source.type === 'jira') {
    await repos.baselines.save({
      keyResultId: kr.id,
      asOf,
      refreshedAt: asOf,
      fingerprint: fingerprintOf(kr.source),
      measure: scope.measure,
      totals: totalsOf(computed),
    });
  } else {
    await repos.baselines.delete(kr.id);
  }
  outcome.recomputed.push(kr.id);
}

function progressOf(
  kr: KeyResult,
  result: Extract<KrRefreshResult, { status: 'ok' }>,
  settings: { fiscalYearStartMonth: number; timeZone: string },
): ProgressResult {
  if (result.measure === 'count')
    return computeKeyResultProgress(kr, { jira: { kind: 'counts', counts: result.counts } });
  if (!kr.baseline) return computeKeyResultProgress(kr, { jira: { kind: 'issues', reached: result.reached } });
  const period = resolvePeriod(kr.periodId, settings);
  if (!period) throw new Error(`The period '${kr.periodId}' has no known dates, so its baseline cannot be measured.`);
  return computeKeyResultProgress(kr, {
    jira: { kind: 'issues', reached: result.reached },
    period,
    timeZone: settings.timeZone,
  });
}

/**
 * A deleted or re-typed epic: keep the last value (its work did not become undone) and say which targets are
 * missing. With no earlier value there is nothing to keep, so the live targets' measure is shown, flagged.
 */
function withMissingTargets(
  keyResultId: string,
  previous: KrProgress | undefined,
  computed: ProgressResult,
  missing: readonly MissingTarget[],
  asOf: string,
): KrProgress {
  const missingTargets = missing.map((m) => ({ target: m.target, reason: m.reason }));
  const base = previous ?? freshProgress(keyResultId, computed, asOf);
  const flags = [...new Set([...base.evidence.flags, 'missing-targets' as const])];
  const { staleReason: _reason, lastGoodAt: _lastGood, ...rest } = base;
  return { ...rest, stale: false, evidence: { ...base.evidence, flags, missingTargets } };
}

function totalsOf(computed: ProgressResult): BaselineTotals {
  const { scope, points, byTarget, measure } = computed.evidence;
  if (measure !== 'points') return { issues: scope.issues, done: scope.done };
  const totals: BaselineTotals = {
    issues: scope.issues,
    done: scope.done,
    breakdown: { todo: scope.todo, inProgress: scope.inProgress },
    points: { total: points?.total ?? 0, done: points?.done ?? 0, unestimated: points?.unestimated ?? 0 },
  };
  if (byTarget) totals.byTarget = byTarget;
  return totals;
}
