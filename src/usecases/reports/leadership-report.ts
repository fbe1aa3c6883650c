import type { KrSummaryDto, LeadershipReportPayload, LeadershipReportView, ObjectiveLevel } from '../../contract';
import { ok, type Objective } from '../../domain';
import type { Services } from '../../services';
import { invalidField, type Outcome } from '../objectives/failure';
import { toPeriodDto } from '../periods/list-periods';
import { closedPeriodIds } from '../periods/period-closed';
import { kindReport } from '../quality/kind-report';
import { paceIn } from '../views/kr-summary';
import { choosePeriod } from '../views/portfolio';
import { loadPortfolioSlice } from '../views/portfolio-slice';
import { loadViewContext } from '../views/view-context';
import { atRiskFirst } from './at-risk';
import { highlightsOf } from './highlights';

type Group = LeadershipReportView['groups'][number];

const LEVEL_ORDER: Record<ObjectiveLevel, number> = { company: 0, department: 1, team: 2, individual: 3 };

/**
 * The leadership summary of a period (the current quarter by default), read the way okr/portfolio reads it (same
 * slice, same rollup, same pace): objectives by level then team; committed delivery and aspirational reach side by
 * side, never blended; the at-risk list, worst first; and the week's highlights. Abandoned objectives are listed with
 * their state, but their KRs count nowhere else. From storage only, so it answers while Jira is down.
 */
export async function leadershipReport(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  payload: LeadershipReportPayload,
): Promise<Outcome<LeadershipReportView>> {
  const context = await loadViewContext(services);
  const period = choosePeriod(payload.periodId, context);
  if (!period) return invalidField('periodId', 'is not a period of this site');
  const slice = await loadPortfolioSlice(services, period, context);

  const open = new Set(slice.objectives.filter((o) => o.state !== 'abandoned').map((o) => o.id));
  const openKeyResults = slice.keyResults.filter((kr) => open.has(kr.objectiveId));
  const summaries = new Map([...slice.summaries.values()].flat().map((s) => [s.id, s]));
  const shown = openKeyResults.flatMap((keyResult) => {
    const summary = summaries.get(keyResult.id);
    return summary ? [{ keyResult, summary }] : [];
  });

  const groups = groupObjectives(slice.objectives, (objective) => {
    const progress = slice.rollup.get(objective.id)?.progress ?? 0;
    return { progress, status: paceIn(objective.periodId, progress, context).status };
  });
  return ok({
    period: toPeriodDto(period, await closedPeriodIds(services)),
    generatedAt: services.clock.now().toISOString(),
    groups,
    kinds: kindReport(openKeyResults, slice.progress, context.settings.aspirationalNorm),
    atRisk: atRiskFirst(shown.map((s) => s.summary)),
    highlights: await highlightsOf(services, shown, context),
  });
}

/** Level by level (company first), then team by name (objectives without a team first), objectives by title. */
function groupObjectives(
  objectives: readonly Objective[],
  measure: (objective: Objective) => Pick<KrSummaryDto, 'progress' | 'status'>,
): Group[] {
  const groups = new Map<string, Group>();
  const sorted = [...objectives].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.team ?? '').localeCompare(b.team ?? '') ||
      a.title.localeCompare(b.title) ||
      (a.id < b.id ? -1 : 1),
  );
  for (const objective of sorted) {
    const key = `${objective.level}\u0000${objective.team ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        level: objective.level,
        ...(objective.team === undefined ? {} : { team: objective.team }),
        objectives: [],
      };
      groups.set(key, group);
    }
    group.objectives.push({
      id: objective.id,
      title: objective.title,
      ...measure(objective),
      state: objective.state,
      ...(objective.grade === undefined ? {} : { grade: objective.grade }),
    });
  }
  return [...groups.values()];
}
