/**
 * `export`: one period's OKR definitions from the app (okr/portfolio, then okr/keyResultDetail per KR for its
 * source) as the YAML `report` and `import` read. Jira ids become keys where Jira can name them (epic keys,
 * project keys, PROJECT/version names); an id Jira cannot name stays a numeric id, which the file accepts too.
 */
import { stringify } from 'yaml';
import type { KeyResultDetailView, ObjectiveNodeDto, PortfolioView, TargetDto } from '../contract';
import type { JiraApi } from '../jira';
import type { Invoke } from './app-client';

export type ExportResult =
  { ok: true; yaml: string; objectives: number; keyResults: number } | { ok: false; error: string };

export async function exportOkrs(
  periodId: string | undefined,
  deps: { invoke: Invoke; jira?: { api: JiraApi }; onStep?: (step: string) => void },
): Promise<ExportResult> {
  const portfolio = await deps.invoke('okr/portfolio', periodId === undefined ? {} : { periodId });
  if (!portfolio.ok)
    return {
      ok: false,
      error: `The app refused the portfolio of ${periodId ?? 'the current period'}: ${portfolio.error.message}`,
    };
  const view = portfolio.data as PortfolioView;
  const objectives = flatten(view.roots);

  const details = new Map<string, KeyResultDetailView['keyResult']>();
  const krs = objectives.flatMap((o) => o.keyResults);
  for (const [i, kr] of krs.entries()) {
    deps.onStep?.(`reading key result ${i + 1} of ${krs.length}`);
    const detail = await deps.invoke('okr/keyResultDetail', { keyResultId: kr.id });
    if (!detail.ok) return { ok: false, error: `The app refused key result ${kr.id}: ${detail.error.message}` };
    details.set(kr.id, (detail.data as KeyResultDetailView).keyResult);
  }

  const targets = [...details.values()].flatMap((kr) => (kr.source.type === 'jira' ? kr.source.targets : []));
  const names = deps.jira ? await nameTargets(deps.jira.api, targets) : new Map<string, Record<string, string>>();
  const ids = new Set(objectives.map((o) => o.id));
  const file = {
    timeZone: 'UTC',
    periods: [{ id: view.period.id, start: view.period.start, end: view.period.end }],
    objectives: objectives.map((o) => ({
      id: o.id,
      title: o.title,
      period: o.periodId,
      level: o.level,
      ...(o.team ? { team: o.team } : {}),
      owners: o.owners.map((u) => u.accountId),
      ...(o.parent && ids.has(o.parent.objectiveId)
        ? { parent: { id: o.parent.objectiveId, weight: o.parent.contributionWeight } }
        : {}),
      keyResults: o.keyResults.map((summary) => {
        const kr = details.get(summary.id) as KeyResultDetailView['keyResult'];
        const source =
          kr.source.type === 'jira'
            ? { ...kr.source, targets: kr.source.targets.map((t) => names.get(keyOf(t)) ?? fallback(t)) }
            : kr.source.type === 'milestones'
              ? { type: 'milestones', items: kr.source.items.map((m) => ({ title: m.title, done: m.done })) }
              : kr.source;
        return {
          id: kr.id,
          title: kr.title,
          kind: kr.kind,
          weight: kr.weight,
          owners: kr.owners.map((u) => u.accountId),
          source,
        };
      }),
    })),
  };
  const header = `# Exported from the app: period ${view.period.id}, ${objectives.length} objectives, ${krs.length} key results.\n`;
  return {
    ok: true,
    yaml: header + stringify(file, { lineWidth: 0, aliasDuplicateObjects: false }),
    objectives: objectives.length,
    keyResults: krs.length,
  };
}

function flatten(roots: readonly ObjectiveNodeDto[]): ObjectiveNodeDto[] {
  const out = new Map<string, ObjectiveNodeDto>();
  const visit = (node: ObjectiveNodeDto) => {
    if (out.has(node.id)) return;
    out.set(node.id, node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return [...out.values()];
}

const keyOf = (t: TargetDto) =>
  t.kind === 'epic'
    ? `epic:${t.issueId}`
    : t.kind === 'project'
      ? `project:${t.projectId}`
      : t.kind === 'version'
        ? `version:${t.versionId}`
        : `jql:${t.jql}`;

function fallback(t: TargetDto): Record<string, string> {
  return t.kind === 'epic'
    ? { epic: t.issueId }
    : t.kind === 'project'
      ? { project: t.projectId }
      : t.kind === 'version'
        ? { version: t.versionId }
        : { jql: t.jql };
}

/** Keys for the ids Jira can name; a failed lookup leaves the ids as they are. */
async function nameTargets(api: JiraApi, targets: readonly TargetDto[]): Promise<Map<string, Record<string, string>>> {
  const names = new Map<string, Record<string, string>>();
  const epicIds = [...new Set(targets.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : [])))];
  for (let i = 0; i < epicIds.length; i += 100) {
    const page = await api.bulkFetchIssues({ issueIdsOrKeys: epicIds.slice(i, i + 100), fields: ['issuetype'] });
    for (const issue of page.issues ?? [])
      if (issue.id && issue.key) names.set(`epic:${issue.id}`, { epic: issue.key });
  }
  const projectKeys = new Map<string, string>();
  const needsProjects = targets.some((t) => t.kind === 'project' || t.kind === 'version');
  for (let startAt = 0; needsProjects;) {
    const page = await api.searchProjects({ startAt, maxResults: 50 });
    for (const p of page.values ?? []) if (p.id && p.key) projectKeys.set(String(p.id), p.key);
    const count = page.values?.length ?? 0;
    if (page.isLast !== false || count === 0) break;
    startAt += count;
  }
  for (const t of targets) {
    if (t.kind === 'project') {
      const key = projectKeys.get(t.projectId);
      if (key) names.set(keyOf(t), { project: key });
    }
    if (t.kind === 'version' && !names.has(keyOf(t))) {
      const version = await api.getVersion({ id: t.versionId });
      const key = projectKeys.get(String(version.projectId));
      if (key && version.name) names.set(keyOf(t), { version: `${key}/${version.name}` });
    }
  }
  return names;
}
