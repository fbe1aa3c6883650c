import type { PeriodDto, PortfolioPayload, PortfolioView } from '../../contract';
import { ok, type Period } from '../../domain';
import type { Services } from '../../services';
import { invalidField, type Outcome } from '../objectives/failure';
import { currentPeriod, listPeriods, toPeriodDto } from '../periods/list-periods';
import { highlightsInTree } from '../reports/highlights';
import { closedPeriodIds } from '../periods/period-closed';
import { loadPortfolioSlice } from './portfolio-slice';
import { buildTree } from './portfolio-tree';
import { loadViewContext, type ViewContext } from './view-context';

/**
 * The PMO's view of a period (the current quarter by default): the alignment tree with rolled-up progress and pace,
 * filtered, with totals over what is shown. Built from storage, so it answers while Jira is down (stale KRs say so);
 * only display names may need Jira, and they fall back to account ids.
 */
export async function portfolio(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  payload: PortfolioPayload,
): Promise<Outcome<PortfolioView>> {
  const context = await loadViewContext(services);
  const period = choosePeriod(payload.periodId, context);
  if (!period) return invalidField('periodId', 'is not a period of this site');
  const slice = await loadPortfolioSlice(services, period, context);
  const closed = await closedPeriodIds(services);
  const { periodId: _periodId, ...filters } = payload;
  const tree = buildTree(
    { objectives: slice.objectives, keyResults: slice.summaries, rollup: slice.rollup, users: slice.users, context },
    filters,
  );
  const highlights = await highlightsInTree(services, tree.roots, slice.keyResults, context);
  const periods = periodsWith(period, context, closed);
  return ok({ period: toPeriodDto(period, closed), periods, ...tree, highlights });
}

export function choosePeriod(periodId: string | undefined, context: ViewContext): Period | undefined {
  return periodId === undefined ? currentPeriod(context.settings, context.today) : context.periodOf(periodId);
}

/** The usual list, plus the period shown when it is older or further out, so a picker can show it as selected. */
export function periodsWith(period: Period, context: ViewContext, closed: ReadonlySet<string>): PeriodDto[] {
  const periods = listPeriods(context.settings, context.today, closed);
  return periods.some((p) => p.id === period.id) ? periods : [...periods, toPeriodDto(period, closed)];
}
