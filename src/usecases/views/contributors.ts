import type { KeyResultDetailView } from '../../contract';
import { targetKey, type JiraSource, type KrProgress, type Target } from '../../domain';
import { DEFAULT_EPIC_TYPE_NAMES, doneJql, isJiraUnavailable, scopeJql, type JiraClient } from '../../jira';
import type { Services } from '../../services';
import { epicsVisible, projectsVisible } from '../links/verify-targets';

type Contributor = KeyResultDetailView['contributors'][number];
type Api = JiraClient['api'];

/** Targets counted live when the stored evidence has no per-target numbers: two approximate counts each. */
const MAX_LIVE_COUNTS = 10;

/**
 * The work a Jira KR counts, target by target. Numbers come from the stored evidence (per-target counts when the
 * refresh kept them). Labels are fetched as the viewer: a target they cannot browse is shown as restricted, never by
 * its key or name; an epic the app cannot find either is flagged missing (deleted). While Jira is down, labels are
 * generic and the numbers still show.
 */
export async function contributorsOf(
  services: Pick<Services, 'jiraAsApp' | 'jiraAsUser'>,
  accountId: string,
  source: JiraSource,
  progress: KrProgress | undefined,
): Promise<Contributor[]> {
  const numbers = await numbersOf(services, source, progress);
  const labels = await labelsOf(services, accountId, source.targets);
  const seen = new Map<string, number>();
  return source.targets.map((target) => {
    const key = targetKey(target);
    const { issues, done } = numbers.get(key) ?? { issues: 0, done: 0 };
    const label = labels.get(key) ?? { label: kindName(target) };
    const count = (seen.get(label.label) ?? 0) + 1;
    seen.set(label.label, count);
    return {
      target,
      label: count === 1 ? label.label : `${label.label} (${count})`,
      progress: issues > 0 ? Math.min(done, issues) / issues : 0,
      scope: issues,
      done: Math.min(done, issues),
      ...(label.missing ? { missing: true } : {}),
    };
  });
}

async function numbersOf(
  services: Pick<Services, 'jiraAsApp'>,
  source: JiraSource,
  progress: KrProgress | undefined,
): Promise<Map<string, { issues: number; done: number }>> {
  const stored = progress?.evidence.byTarget;
  if (stored) return new Map(stored.map((t) => [targetKey(t.target), { issues: t.issues, done: t.done }]));
  const [only] = source.targets;
  if (source.targets.length === 1 && only && progress) {
    return new Map([[targetKey(only), { issues: progress.evidence.scope.issues, done: progress.evidence.scope.done }]]);
  }
  if (!progress) return new Map();
  try {
    const api = services.jiraAsApp().api;
    const counted = await Promise.all(
      source.targets.slice(0, MAX_LIVE_COUNTS).map(async (target) => {
        const scope = scopeJql([target], { includeSubtasks: source.includeSubtasks, epicTypeNames: DEFAULT_EPIC_TYPE_NAMES });
        if (scope === undefined) return [targetKey(target), { issues: 0, done: 0 }] as const;
        const [issues, done] = await Promise.all([
          api.approximateCount({ jql: scope }),
          api.approximateCount({ jql: doneJql(scope) }),
        ]);
        return [targetKey(target), { issues: issues.count ?? 0, done: done.count ?? 0 }] as const;
      }),
    );
    return new Map(counted);
  } catch (error) {
    console.warn('okr: per-target counts unavailable:', (error as Error).message);
    return new Map();
  }
}

async function labelsOf(
  services: Pick<Services, 'jiraAsApp' | 'jiraAsUser'>,
  accountId: string,
  targets: readonly Target[],
): Promise<Map<string, { label: string; missing?: boolean }>> {
  const labels = new Map<string, { label: string; missing?: boolean }>();
  const asUser = services.jiraAsUser(accountId).api;
  try {
    const epicIds = targets.flatMap((t) => (t.kind === 'epic' ? [t.issueId] : []));
    if (epicIds.length > 0) {
      const visible = await epicsVisible(asUser, epicIds);
      const hidden = epicIds.filter((id) => !visible.has(id));
      const existing = hidden.length > 0 ? await existingIssues(services.jiraAsApp().api, hidden) : new Set<string>();
      for (const id of epicIds) {
        const epic = visible.get(id);
        const key = targetKey({ kind: 'epic', issueId: id });
        if (epic) labels.set(key, { label: `${epic.key} ${epic.summary}` });
        else if (existing.has(id)) labels.set(key, { label: 'Restricted epic' });
        else labels.set(key, { label: 'Deleted epic', missing: true });
      }
    }
    const projectIds = targets.flatMap((t) => (t.kind === 'project' ? [t.projectId] : []));
    if (projectIds.length > 0) {
      const visible = await projectsVisible(asUser, projectIds);
      for (const id of projectIds) {
        labels.set(targetKey({ kind: 'project', projectId: id }), { label: visible.get(id) ?? 'Restricted project' });
      }
    }
    for (const target of targets) {
      if (target.kind === 'version')
        labels.set(targetKey(target), { label: await versionLabel(asUser, target.versionId) });
      if (target.kind === 'jql') labels.set(targetKey(target), { label: `JQL: ${target.jql}` });
    }
  } catch (error) {
    if (!isJiraUnavailable(error)) throw error;
    console.warn('okr: contributor labels unavailable:', error.message);
    for (const target of targets) {
      if (!labels.has(targetKey(target)))
        labels.set(targetKey(target), { label: `${kindName(target)} (Jira is not answering)` });
    }
  }
  return labels;
}

async function existingIssues(api: Api, ids: readonly string[]): Promise<Set<string>> {
  const result = await api.bulkFetchIssues({ issueIdsOrKeys: [...ids], fields: ['issuetype'] });
  return new Set((result.issues ?? []).flatMap((issue) => (issue.id ? [issue.id] : [])));
}

async function versionLabel(api: Api, versionId: string): Promise<string> {
  try {
    const version = await api.getVersion({ id: versionId });
    return `Fix version ${version.name ?? versionId}`;
  } catch (error) {
    if (isJiraUnavailable(error)) throw error;
    return 'Restricted version';
  }
}

function kindName(target: Target): string {
  return { epic: 'Epic', project: 'Project', version: 'Version', jql: 'JQL scope' }[target.kind];
}
