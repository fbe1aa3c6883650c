import type { QualityReportPayload, QualityReportView } from '../../contract';
import { checkObjectiveSet, ok, type Objective, type Period } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { invalidField, type Outcome } from '../objectives/failure';
import { periodDtoOf } from '../periods/period-closed';
import { choosePeriod } from '../views/portfolio';
import { loadViewContext } from '../views/view-context';
import { toFindingDto } from './finding-labels';
import { kindReport } from './kind-report';
import { projectCoverage } from './project-coverage';

const PAGE = { limit: 100 };

/**
 * Every quality finding of a period (the current one by default), optionally for one team, with committed delivery
 * and aspirational reach beside it. OKR data comes from storage; alignment coverage is read from Jira as the viewer
 * (the project page's computation, for the projects the KRs link to) and is left out, with a note, when Jira is down.
 */
export async function qualityReport(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  payload: QualityReportPayload,
): Promise<Outcome<QualityReportView>> {
  const { repos } = services;
  const context = await loadViewContext(services);
  const period = choosePeriod(payload.periodId, context);
  if (!period) return invalidField('periodId', 'is not a period of this site');

  const inPeriod = await collectAll((page) => repos.objectives.listByPeriod(period.id, page), PAGE);
  const objectives = inPeriod.filter((o) => payload.team === undefined || o.team === payload.team);
  const ids = new Set(objectives.map((o) => o.id));
  const keyResults = (await collectAll((page) => repos.keyResults.listByPeriod(period.id, page), PAGE)).filter((kr) =>
    ids.has(kr.objectiveId),
  );
  const open = new Set(objectives.filter((o) => o.state !== 'abandoned').map((o) => o.id));
  const openKeyResults = keyResults.filter((kr) => open.has(kr.objectiveId));

  // Parents outside the report are read only so a period mismatch can be judged; their own findings are not shown.
  const parents = await parentsOutside(services, objectives, ids);
  const periods = [...new Set([...objectives, ...parents].map((o) => o.periodId))]
    .map((id) => context.periodOf(id))
    .filter((p): p is Period => p !== undefined);
  const coverage = await projectCoverage(services, caller, openKeyResults);

  const teams = new Set(objectives.flatMap((o) => (o.team ? [`${o.team}@${o.periodId}`] : [])));
  const shown = (kind: string, id: string) =>
    kind === 'team' ? teams.has(id) : kind === 'project' ? true : kind === 'objective' ? ids.has(id) : true;
  const findings = checkObjectiveSet({
    objectives: [...objectives, ...parents],
    keyResults,
    periods,
    epicsFeedingNoKr: coverage.unaligned,
  }).filter((f) => shown(f.subject.kind, f.subject.id));

  const labels = {
    objectives: new Map(objectives.map((o) => [o.id, o.title])),
    keyResults: new Map(keyResults.map((kr) => [kr.id, kr.title])),
    projects: coverage.labels,
  };
  const progress = await repos.progress.getMany(openKeyResults.map((kr) => kr.id));
  return ok({
    period: await periodDtoOf(services, period),
    ...(payload.team === undefined ? {} : { team: payload.team }),
    findings: findings.map((f) => toFindingDto(f, labels)),
    kinds: kindReport(openKeyResults, progress, context.settings.aspirationalNorm),
    ...(coverage.notes.length > 0 ? { notes: coverage.notes } : {}),
  });
}

async function parentsOutside(
  services: Pick<Services, 'repos'>,
  objectives: readonly Objective[],
  inside: ReadonlySet<string>,
): Promise<Objective[]> {
  const wanted = [...new Set(objectives.flatMap((o) => (o.parent ? [o.parent.objectiveId] : [])))].filter(
    (id) => !inside.has(id),
  );
  const found = await Promise.all(wanted.map((id) => services.repos.objectives.get(id)));
  return found.filter((o): o is Objective => o !== undefined);
}
