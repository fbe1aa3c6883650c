import type { KrSummaryDto, UserRef } from '../../contract';
import {
  periodsOfYear,
  rollupObjectives,
  type KeyResult,
  type KrProgress,
  type Objective,
  type ObjectiveProgress,
  type Period,
} from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { summarizeKeyResults } from './summarize-key-results';
import type { ViewContext } from './view-context';

/** Everything a portfolio or gadget shows for one period, read from storage (display names aside). */
export interface PortfolioSlice {
  objectives: Objective[];
  keyResults: KeyResult[];
  progress: Map<string, KrProgress>;
  rollup: Map<string, ObjectiveProgress>;
  summaries: Map<string, KrSummaryDto[]>;
  users: Map<string, UserRef>;
}

const PAGE = { limit: 100 };

/**
 * A period's objectives and KRs. A fiscal-year period also brings its quarters' objectives, which are usually aligned
 * under the annual ones: the year's objectives then roll their quarters up. Progress is rolled up over all of it.
 */
export async function loadPortfolioSlice(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  period: Period,
  context: ViewContext,
): Promise<PortfolioSlice> {
  const { repos } = services;
  const periodIds = [period.id, ...quartersWithin(period, context)];
  const objectives = (
    await Promise.all(periodIds.map((id) => collectAll((page) => repos.objectives.listByPeriod(id, page), PAGE)))
  ).flat();
  const keyResults = (
    await Promise.all(periodIds.map((id) => collectAll((page) => repos.keyResults.listByPeriod(id, page), PAGE)))
  )
    .flat()
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  const progress = await repos.progress.getMany(keyResults.map((kr) => kr.id));
  const rollup = rollupObjectives({
    objectives,
    keyResults,
    keyResultProgress: new Map([...progress].map(([id, p]) => [id, p.progress])),
  });
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  const { summaries, users } = await summarizeKeyResults(services, keyResults, titles, context, {
    progress,
    alsoName: objectives.flatMap((o) => o.ownerIds),
    objectives: new Map(objectives.map((o) => [o.id, o])),
  });
  const byObjective = new Map<string, KrSummaryDto[]>();
  for (const summary of summaries) {
    const list = byObjective.get(summary.objectiveId) ?? [];
    list.push(summary);
    byObjective.set(summary.objectiveId, list);
  }
  return { objectives, keyResults, progress, rollup, summaries: byObjective, users };
}

/** The quarter ids inside a fiscal-year period (`2026` → `2026-Q1` … `2026-Q4`); none for a quarter. */
function quartersWithin(period: Period, context: ViewContext): string[] {
  const year = /^(?:FY)?(\d{4})$/.exec(period.id)?.[1];
  if (year === undefined) return [];
  const startMonth = period.id.startsWith('FY') ? context.settings.fiscalYearStartMonth : 1;
  return periodsOfYear(Number(year), startMonth).map((q) => q.id);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
