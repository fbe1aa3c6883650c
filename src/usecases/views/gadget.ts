import type { BurnupPointDto, GadgetConfig, GadgetView, KrSummaryDto, ObjectiveNodeDto } from '../../contract';
import { expectedProgress, ok, weightedMean, type KeyResult, type ProgressSnapshot } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { notFound, invalidField, type Outcome } from '../objectives/failure';
import { periodDtoOf } from '../periods/period-closed';
import { highlightsInTree } from '../reports/highlights';
import { choosePeriod } from './portfolio';
import { loadPortfolioSlice } from './portfolio-slice';
import { buildTree } from './portfolio-tree';
import { inBatches } from './summarize-key-results';
import { loadViewContext, type ViewContext } from './view-context';

/**
 * A dashboard gadget's slice of the portfolio: a period (the objective's own when one is chosen, else the current
 * quarter), optionally one level or team, or one objective with everything aligned under it. For `burnup`, one line
 * for the whole selection in progress shares (scope 1): each day the KR-weighted mean of the KRs' last known progress
 * and of their expected progress, since KRs measured in issues, points and metrics cannot be added up.
 */
export async function gadget(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  config: GadgetConfig,
): Promise<Outcome<GadgetView>> {
  const context = await loadViewContext(services);
  let periodId = config.periodId;
  if (config.objectiveId !== undefined && periodId === undefined) {
    const objective = await services.repos.objectives.get(config.objectiveId);
    if (!objective) return notFound('Objective', config.objectiveId);
    periodId = objective.periodId;
  }
  const period = choosePeriod(periodId, context);
  if (!period) return invalidField('periodId', 'is not a period of this site');
  const slice = await loadPortfolioSlice(services, period, context);
  const filters = {
    ...(config.level === undefined ? {} : { level: config.level }),
    ...(config.team === undefined ? {} : { team: config.team }),
  };
  const treeInput = {
    objectives: slice.objectives,
    keyResults: slice.summaries,
    rollup: slice.rollup,
    users: slice.users,
    context,
  };
  let { roots, totals } = buildTree(treeInput, filters);
  if (config.objectiveId !== undefined) {
    const chosen = findNode(buildTree(treeInput, {}).roots, config.objectiveId);
    if (!chosen) return notFound('Objective', config.objectiveId);
    roots = [chosen];
    totals = totalsOf(roots);
  }
  const view: GadgetView = { period: await periodDtoOf(services, period), roots, totals };
  // Only the summary shows highlights: the other views skip their snapshot reads.
  if (config.view === 'summary') view.highlights = await highlightsInTree(services, roots, slice.keyResults, context);
  if (config.view !== 'burnup') return ok(view);
  const shownIds = new Set(keyResultsOf(roots).map((kr) => kr.id));
  const keyResults = slice.keyResults.filter((kr) => shownIds.has(kr.id));
  return ok({ ...view, burnup: await combinedBurnup(services, keyResults, context) });
}

function findNode(nodes: readonly ObjectiveNodeDto[], id: string): ObjectiveNodeDto | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const below = findNode(node.children, id);
    if (below) return below;
  }
  return undefined;
}

function keyResultsOf(nodes: readonly ObjectiveNodeDto[]): KrSummaryDto[] {
  return nodes.flatMap((node) => [...node.keyResults, ...keyResultsOf(node.children)]);
}

function countNodes(nodes: readonly ObjectiveNodeDto[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

function totalsOf(roots: readonly ObjectiveNodeDto[]): GadgetView['totals'] {
  const krs = keyResultsOf(roots);
  return {
    objectives: countNodes(roots),
    keyResults: krs.length,
    atRisk: krs.filter((kr) => kr.status === 'at-risk').length,
    offTrack: krs.filter((kr) => kr.status === 'off-track').length,
    stale: krs.filter((kr) => kr.stale).length,
  };
}

async function combinedBurnup(
  services: Pick<Services, 'repos'>,
  keyResults: readonly KeyResult[],
  context: ViewContext,
): Promise<BurnupPointDto[]> {
  const histories = await inBatches(keyResults, (kr) => {
    const period = context.periodOf(kr.periodId);
    return collectAll(
      (page) =>
        services.repos.snapshots.listByKeyResult(kr.id, {
          ...page,
          ...(period ? { from: period.start, to: period.end } : {}),
        }),
      { limit: 100, maxItems: 400 },
    );
  });
  const dates = [...new Set(histories.flat().map((s) => s.date))].sort();
  // Each KR's last known progress as the dates go by (histories come in date order); 0 before its first snapshot.
  const last = histories.map(() => 0);
  const cursor = histories.map(() => 0);
  return dates.map((date) => {
    histories.forEach((history: readonly ProgressSnapshot[], i) => {
      let at = cursor[i] ?? 0;
      while (at < history.length && (history[at]?.date ?? '') <= date) {
        last[i] = history[at]?.progress ?? 0;
        at += 1;
      }
      cursor[i] = at;
    });
    const terms = keyResults.map((kr, i) => ({ kr, progress: last[i] ?? 0 }));
    const done = weightedMean(terms.map((t) => ({ weight: t.kr.weight, value: t.progress }))) ?? 0;
    const expected =
      weightedMean(
        terms.map(({ kr }) => {
          const period = context.periodOf(kr.periodId);
          const share = period ? expectedProgress(period, date, kr.kind, context.settings.aspirationalNorm) : 0;
          return { weight: kr.weight, value: share };
        }),
      ) ?? 0;
    return { date, scope: 1, done: snap(done), expected: snap(expected) };
  });
}

/** A weighted mean of tenths reads as the tenth a person would compute (0.3, not 0.30000000000000004). */
const snap = (value: number): number => Math.round(value * 1e9) / 1e9;
