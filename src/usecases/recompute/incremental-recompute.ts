/**
 * A KR's progress from its baseline and the issue changes since, without calling Jira (docs/adr/0007):
 *
 *   totals = baseline + Σ over issues changed since the baseline of (contribution now − contribution at the baseline)
 *
 * Whenever the answer could be wrong it is not given: no baseline, a baseline of other targets, an issue whose state
 * is unknown, or totals no full refresh could produce. The caller then refreshes the KR from Jira.
 *
 * The baseline then moves forward to a little while ago (FOLD_LAG_MS), folding in the changes before that instant, so
 * the next recompute reads only recent changes. The lag leaves room for events Jira delivers late.
 */
import { freshProgress, type KeyResult, type KrProgress } from '../../domain';
import type { Services } from '../../services';
import { collectAll, type JiraMeta, type KrBaseline } from '../../store';
import { currentState, stateAt } from '../events/issue-history';
import { fingerprintOf, incrementalScopeOf } from './incremental-scope';
import {
  addContribution,
  consistent,
  contributionOf,
  progressFromTotals,
  toBaselineTotals,
  totalsFrom,
} from './totals';

/** Beyond this a baseline may rest on issue histories that have expired: refresh from Jira instead. */
export const MAX_BASELINE_AGE_MS = 7 * 24 * 3600 * 1000;
/** Changes older than this are folded into the baseline; later ones are re-read on every recompute. */
export const FOLD_LAG_MS = 15 * 60 * 1000;
/** Issues changed since the baseline that one recompute will read; beyond, a full refresh is cheaper. */
const MAX_TOUCHED_ISSUES = 5_000;

export type IncrementalResult =
  { status: 'updated'; progress: KrProgress; issuesRead: number } | { status: 'needs-refresh'; reason: string };

export async function recomputeIncrementally(
  services: Pick<Services, 'repos'>,
  kr: KeyResult,
  meta: Pick<JiraMeta, 'statusCategories' | 'issueTypeLevels'>,
  now: Date,
): Promise<IncrementalResult> {
  const needsRefresh = (reason: string): IncrementalResult => ({ status: 'needs-refresh', reason });
  const { repos } = services;
  const scope = incrementalScopeOf(kr);
  if (!scope || kr.source.type !== 'jira') return needsRefresh('its scope cannot be matched from issue fields');
  const baseline = await repos.baselines.get(kr.id);
  if (!baseline) return needsRefresh('no baseline');
  if (baseline.fingerprint !== fingerprintOf(kr.source)) return needsRefresh('its targets or measure changed');
  if (now.getTime() - Date.parse(baseline.refreshedAt) > MAX_BASELINE_AGE_MS)
    return needsRefresh('its baseline is too old');

  let touches;
  try {
    touches = await collectAll((page) => repos.touches.listSince(kr.id, baseline.asOf, page), {
      limit: 100,
      maxItems: MAX_TOUCHED_ISSUES * 4,
    });
  } catch {
    return needsRefresh('too many changes since its baseline');
  }
  const issueIds = [...new Set(touches.map((t) => t.issueId))];
  if (issueIds.length > MAX_TOUCHED_ISSUES) return needsRefresh('too many changes since its baseline');
  const histories = await repos.issueHistory.getMany(issueIds);

  const foldAt = new Date(now.getTime() - FOLD_LAG_MS).toISOString();
  let fold = Date.parse(foldAt) > Date.parse(baseline.asOf);
  const totals = totalsFrom(baseline.totals);
  const folded = totalsFrom(baseline.totals);
  for (const issueId of issueIds) {
    const history = histories.get(issueId);
    if (!history) return needsRefresh(`the history of issue ${issueId} has expired`);
    const before = stateAt(history, baseline.asOf, meta);
    const then = before === undefined ? undefined : contributionOf(before, scope);
    const nowContribution = contributionOf(currentState(history, meta), scope);
    if (then === undefined || nowContribution === undefined)
      return needsRefresh(`the state of issue ${issueId} is not fully known`);
    addContribution(totals, nowContribution, 1);
    addContribution(totals, then, -1);
    if (fold) {
      const atFold = stateAt(history, foldAt, meta);
      const foldContribution = atFold === undefined ? undefined : contributionOf(atFold, scope);
      if (foldContribution === undefined) fold = false;
      else {
        addContribution(folded, foldContribution, 1);
        addContribution(folded, then, -1);
      }
    }
  }

  const result = toBaselineTotals(totals, baseline.totals);
  if (!consistent(result)) return needsRefresh('the changes since its baseline do not add up');
  const progress = freshProgress(kr.id, progressFromTotals(scope.measure, result), now.toISOString());
  await repos.progress.save(progress);
  const foldedTotals = toBaselineTotals(folded, baseline.totals);
  if (fold && consistent(foldedTotals)) {
    const next: KrBaseline = { ...baseline, asOf: foldAt, totals: foldedTotals };
    await repos.baselines.save(next);
  }
  return { status: 'updated', progress, issuesRead: issueIds.length };
}
