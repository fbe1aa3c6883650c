import type { ProjectPageView } from '../../contract';
import { ok, type KeyResult, type Target } from '../../domain';
import { inClause } from '../../jira';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { notFound, type Outcome } from '../objectives/failure';
import { inBatches, summarizeKeyResults } from './summarize-key-results';
import { loadViewContext } from './view-context';

/** Epics read for one project page: 10 pages of 100. Past that the page shows what it read. */
const MAX_EPIC_PAGES = 10;

export interface Epic {
  id: string;
  key: string;
  summary: string;
  inProgress: boolean;
}

/**
 * A project's OKR picture, as the viewer may see it: the KRs its work feeds (linked to the project, its epics or its
 * versions), its in-progress epics that feed none, and the share that do. Epics and versions are read as the viewer
 * (a project they cannot browse is NOT_FOUND); KRs and progress come from storage. An epic feeds a KR when it is linked
 * itself or its whole project is.
 */
export async function projectPage(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  projectId: string,
): Promise<Outcome<ProjectPageView>> {
  const api = services.jiraAsUser(caller.accountId).api;
  const found = await api.searchProjects({ id: [Number(projectId)], maxResults: 1 });
  const project = (found.values ?? []).find((p) => String(p.id) === projectId);
  if (!project) return notFound('Project', projectId);
  const epics = await projectEpics(api, projectId);
  const versionIds = (await anyLinks(services, 'version')) ? await projectVersionIds(api, projectId) : [];

  const { repos } = services;
  const projectTarget: Target = { kind: 'project', projectId };
  const targets: Target[] = [
    projectTarget,
    ...epics.map((e): Target => ({ kind: 'epic', issueId: e.id })),
    ...versionIds.map((versionId): Target => ({ kind: 'version', versionId })),
  ];
  const linksByTarget = await inBatches(targets, (target) =>
    collectAll((page) => repos.links.listByTarget(target, page), { limit: 100 }),
  );
  const linkedEpics = new Set<string>();
  const keyResultIds = new Set<string>();
  targets.forEach((target, index) => {
    const links = linksByTarget[index] ?? [];
    if (links.length > 0 && target.kind === 'epic') linkedEpics.add(target.issueId);
    for (const link of links) keyResultIds.add(link.keyResultId);
  });
  const projectLinked = (linksByTarget[0] ?? []).length > 0;

  const keyResults = (await inBatches([...keyResultIds], (id) => repos.keyResults.get(id)))
    .filter((kr): kr is KeyResult => kr !== undefined)
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  const objectives = await inBatches([...new Set(keyResults.map((kr) => kr.objectiveId))], (id) =>
    repos.objectives.get(id),
  );
  const titles = new Map(objectives.flatMap((o) => (o ? [[o.id, o.title] as const] : [])));
  const context = await loadViewContext(services);
  const { summaries } = await summarizeKeyResults(services, keyResults, titles, context);

  const inProgress = epics.filter((e) => e.inProgress);
  const unlinked = projectLinked ? [] : inProgress.filter((e) => !linkedEpics.has(e.id));
  return ok({
    project: { id: projectId, key: project.key ?? '', name: project.name ?? '' },
    keyResults: summaries,
    unlinkedEpics: unlinked.map(({ id, key, summary }) => ({ id, key, summary })),
    // With no epic in progress, nothing is uncovered.
    coverage: inProgress.length === 0 ? 1 : (inProgress.length - unlinked.length) / inProgress.length,
  });
}

type Api = ReturnType<Services['jiraAsUser']>['api'];

export async function projectEpics(api: Api, projectId: string): Promise<Epic[]> {
  const epics: Epic[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_EPIC_PAGES; page += 1) {
    const result = await api.searchJql({
      jql: `${inClause('project', [projectId])} AND issuetype = Epic ORDER BY key ASC`,
      fields: ['summary', 'status'],
      maxResults: 100,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    for (const issue of result.issues ?? []) {
      const fields = (issue.fields ?? {}) as { summary?: unknown; status?: { statusCategory?: { key?: unknown } } };
      if (!issue.id || !issue.key) continue;
      epics.push({
        id: issue.id,
        key: issue.key,
        summary: typeof fields.summary === 'string' ? fields.summary : '',
        inProgress: fields.status?.statusCategory?.key === 'indeterminate',
      });
    }
    nextPageToken = result.nextPageToken ?? undefined;
    if (result.isLast === true || !nextPageToken) break;
  }
  return epics;
}

async function projectVersionIds(api: Api, projectId: string): Promise<string[]> {
  const page = await api.getProjectVersions({ projectIdOrKey: projectId, maxResults: 100 });
  return (page.values ?? []).flatMap((v) => (v.id ? [String(v.id)] : []));
}

/** Whether any KR links a target of this kind: a project page skips reading versions when none is ever linked. */
export async function anyLinks(services: Pick<Services, 'repos'>, kind: Target['kind']): Promise<boolean> {
  const page = await services.repos.links.listByTargetKind(kind, { limit: 1 });
  return page.items.length > 0 || page.nextCursor !== undefined;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
