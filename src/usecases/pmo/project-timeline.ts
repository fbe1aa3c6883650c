/**
 * PMO mapping across periods: which KRs one project served, period by period. A KR served the project when it links
 * the project itself, one of its epics, or one of its versions (the links index, by target). Epics and versions are
 * read as the viewer, so a project they cannot browse is FORBIDDEN and labels show only what they may see; KRs,
 * progress and grades come from storage.
 */
import type { ProjectTimelineView, TargetDto } from '../../contract';
import { ok, type KeyResult, type Link, type Target } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { failure, type Outcome } from '../objectives/failure';
import { closedPeriodIds } from '../periods/period-closed';
import { resolvePeriod } from '../periods/resolve-period';
import { toPeriodDto } from '../periods/list-periods';
import { anyLinks, projectEpics } from '../views/project-page';
import { inBatches, summarizeKeyResults } from '../views/summarize-key-results';
import { loadViewContext } from '../views/view-context';

type Api = ReturnType<Services['jiraAsUser']>['api'];
type TimelineKr = ProjectTimelineView['periods'][number]['keyResults'][number];

export async function projectTimeline(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  projectId: string,
): Promise<Outcome<ProjectTimelineView>> {
  const api = services.jiraAsUser(caller.accountId).api;
  const found = await api.searchProjects({ id: [Number(projectId)], maxResults: 1 });
  const project = (found.values ?? []).find((p) => String(p.id) === projectId);
  // Jira answers the same for a project that does not exist and one the viewer may not browse; so does this.
  if (!project) {
    return failure('FORBIDDEN', `You cannot browse the project ${projectId} in Jira, so its timeline is not shown.`);
  }
  const projectKey = project.key ?? projectId;

  // Each target the project's work can be linked by, with the label the viewer reads it by.
  const labelled: { target: Target; label: string }[] = [
    { target: { kind: 'project', projectId }, label: `Project ${projectKey}` },
    ...(await projectEpics(api, projectId)).map((e) => ({
      target: { kind: 'epic', issueId: e.id } as Target,
      label: e.key,
    })),
    ...((await anyLinks(services, 'version')) ? await projectVersions(api, projectId) : []),
  ];
  const { repos } = services;
  const linksByTarget = await inBatches(labelled, ({ target }) =>
    collectAll((page) => repos.links.listByTarget(target, page), { limit: 100 }),
  );
  const via = new Map<string, { kind: TargetDto['kind']; label: string }[]>();
  labelled.forEach(({ target, label }, index) => {
    for (const link of linksByTarget[index] ?? ([] as Link[])) {
      const list = via.get(link.keyResultId) ?? [];
      if (!list.some((v) => v.label === label)) list.push({ kind: target.kind, label });
      via.set(link.keyResultId, list);
    }
  });

  const keyResults = (await inBatches([...via.keys()], (id) => repos.keyResults.get(id))).filter(
    (kr): kr is KeyResult => kr !== undefined,
  );
  const objectives = await inBatches([...new Set(keyResults.map((kr) => kr.objectiveId))], (id) =>
    repos.objectives.get(id),
  );
  const titles = new Map(objectives.flatMap((o) => (o ? [[o.id, o.title] as const] : [])));
  const context = await loadViewContext(services);
  const { summaries } = await summarizeKeyResults(services, keyResults, titles, context);
  const closed = await closedPeriodIds(services);

  const byPeriod = new Map<string, TimelineKr[]>();
  keyResults.forEach((kr, index) => {
    const summary = summaries[index];
    if (!summary) return;
    const entry: TimelineKr = {
      id: kr.id,
      title: summary.title,
      objectiveTitle: summary.objectiveTitle,
      progress: summary.progress,
      status: summary.status,
      kind: summary.kind,
      ...(summary.grade ? { grade: summary.grade } : {}),
      via: via.get(kr.id) ?? [],
      baseline: kr.baseline !== undefined,
      ...(kr.carriedFrom ? { carriedFrom: kr.carriedFrom } : {}),
    };
    byPeriod.set(kr.periodId, [...(byPeriod.get(kr.periodId) ?? []), entry]);
  });

  const periods = [...byPeriod.entries()]
    .flatMap(([periodId, krs]) => {
      const period = resolvePeriod(periodId, context.settings);
      // A period the site cannot date (another fiscal setup) cannot be placed on a timeline.
      return period ? [{ period: toPeriodDto(period, closed), keyResults: krs.sort(byObjectiveThenTitle) }] : [];
    })
    // Quarters in order; a fiscal year sorts after the quarters it starts with, as a span ending later.
    .sort((a, b) => compare(a.period.start, b.period.start) || compare(a.period.end, b.period.end));
  return ok({ project: { id: projectId, key: project.key ?? '', name: project.name ?? '' }, periods });
}

async function projectVersions(api: Api, projectId: string): Promise<{ target: Target; label: string }[]> {
  const page = await api.getProjectVersions({ projectIdOrKey: projectId, maxResults: 100 });
  return (page.values ?? []).flatMap((v) =>
    v.id
      ? [{ target: { kind: 'version', versionId: String(v.id) } as Target, label: `Version ${v.name ?? v.id}` }]
      : [],
  );
}

const byObjectiveThenTitle = (a: TimelineKr, b: TimelineKr): number =>
  compare(a.objectiveTitle, b.objectiveTitle) || compare(a.title, b.title) || compare(a.id, b.id);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
