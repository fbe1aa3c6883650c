/**
 * Jira keys and names in the YAML → the numeric ids src/jira plans with. One bulkfetch for every epic key, one
 * project search for every project key, one versions page per project named by a version: a handful of calls
 * whatever the size of the file.
 */
import type { JiraApi, Target } from '../jira';
import type { FileTarget } from './okr-file-schema';

export interface Resolution {
  target?: Target;
  /** Why the reference resolved to nothing, e.g. `epic PLAT-99 not found`. */
  problem?: string;
}

const isId = (ref: string) => /^\d+$/.test(ref);

export async function resolveTargets(api: JiraApi, refs: readonly FileTarget[]): Promise<Map<FileTarget, Resolution>> {
  const epicKeys = unique(refs.flatMap((r) => (r.epic !== undefined && !isId(r.epic) ? [r.epic.toUpperCase()] : [])));
  const projectKeys = unique(
    refs.flatMap((r) => (r.project !== undefined && !isId(r.project) ? [r.project.toUpperCase()] : [])),
  );
  const versionProjects = unique(
    refs.flatMap((r) => (r.version !== undefined && !isId(r.version) ? [projectOfVersion(r.version)] : [])),
  );

  const [epics, projects, versions] = await Promise.all([
    epicIds(api, epicKeys),
    projectIds(api, projectKeys),
    Promise.all(versionProjects.map(async (p) => [p, await versionIds(api, p)] as const)).then((e) => new Map(e)),
  ]);

  const out = new Map<FileTarget, Resolution>();
  for (const ref of refs) out.set(ref, resolveOne(ref, epics, projects, versions));
  return out;
}

function resolveOne(
  ref: FileTarget,
  epics: Map<string, string>,
  projects: Map<string, string>,
  versions: Map<string, Map<string, string> | undefined>,
): Resolution {
  if (ref.jql !== undefined) return { target: { kind: 'jql', jql: ref.jql } };
  if (ref.epic !== undefined) {
    const id = isId(ref.epic) ? ref.epic : epics.get(ref.epic.toUpperCase());
    return id ? { target: { kind: 'epic', issueId: id } } : { problem: `epic ${ref.epic} not found` };
  }
  if (ref.project !== undefined) {
    const id = isId(ref.project) ? ref.project : projects.get(ref.project.toUpperCase());
    return id ? { target: { kind: 'project', projectId: id } } : { problem: `project ${ref.project} not found` };
  }
  const version = ref.version ?? '';
  if (isId(version)) return { target: { kind: 'version', versionId: version } };
  const project = projectOfVersion(version);
  const byName = versions.get(project);
  if (!byName) return { problem: `project ${project} of version ${version} not found` };
  const id = byName.get(version.slice(version.indexOf('/') + 1));
  return id ? { target: { kind: 'version', versionId: id } } : { problem: `version ${version} not found` };
}

async function epicIds(api: JiraApi, keys: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 100) {
    const page = await api.bulkFetchIssues({ issueIdsOrKeys: keys.slice(i, i + 100), fields: ['issuetype'] });
    for (const issue of page.issues ?? []) if (issue.key && issue.id) ids.set(issue.key.toUpperCase(), issue.id);
  }
  return ids;
}

async function projectIds(api: JiraApi, keys: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 50) {
    const page = await api.searchProjects({ keys: keys.slice(i, i + 50), maxResults: 50 });
    for (const p of page.values ?? []) if (p.key && p.id) ids.set(p.key.toUpperCase(), String(p.id));
  }
  return ids;
}

/** Version name → id for one project; undefined when the project does not exist (or is not visible). */
async function versionIds(api: JiraApi, projectKey: string): Promise<Map<string, string> | undefined> {
  const byName = new Map<string, string>();
  try {
    for (let startAt = 0; ;) {
      const page = await api.getProjectVersions({ projectIdOrKey: projectKey, startAt, maxResults: 100 });
      for (const v of page.values ?? []) if (v.name && v.id) byName.set(v.name, String(v.id));
      const count = page.values?.length ?? 0;
      if (page.isLast !== false || count === 0) return byName;
      startAt += count;
    }
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

function projectOfVersion(ref: string): string {
  return ref.slice(0, ref.indexOf('/')).toUpperCase();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The HTTP status of a jira.js error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i += 1) {
    const status =
      (e as { status?: unknown; statusCode?: unknown }).status ?? (e as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') return status;
  }
  return undefined;
}
