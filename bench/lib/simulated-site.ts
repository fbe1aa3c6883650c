/**
 * A large simulated Jira site and a portfolio of key results over it, built deterministically from a seed, with the
 * ground truth of every KR's scope kept on the side (from the seeding, not from the API) so a benchmark can check the
 * answers it paid for, and compute the lower bound of what they cost.
 *
 * The shape follows what a portfolio looks like: most KRs count done issues over a handful of epics, a minority
 * measure story points, a few target a whole project, a release (fix version) or a saved-search-like JQL scope, some
 * share an epic with another KR or mix an epic with a version, a few include sub-tasks.
 */
import { createJiraSimulator, type JiraSimulator, type StatusName } from '../../sandbox/jira-simulator';
import type { Clock } from '../../src/platform';
import type { JiraSource, Target } from '../../src/jira';
import { createRandom, type Random } from './random';

export interface SiteShape {
  projects: number;
  versionsPerProject: number;
  epicsPerProject: number;
  childrenPerEpic: [min: number, max: number];
  /** Share of an epic's children that have sub-tasks (1–3 each). */
  subtaskShare: number;
  /** Issues in no epic, per project. */
  looseIssuesPerProject: number;
  /** Share of non-epic issues with a fix version. */
  fixVersionShare: number;
  epicKrs: number;
  /** Share of epic KRs measured in story points; the rest count issues. */
  epicKrPointsShare: number;
  /** Share of epic KRs that also take an epic of another KR. */
  sharedEpicShare: number;
  /** Share of epic KRs that also target a fix version. */
  epicAndVersionShare: number;
  /** Share of KRs that include sub-tasks. */
  subtaskKrShare: number;
  /** [count, points] KRs per target kind. */
  projectKrs: [number, number];
  versionKrs: [number, number];
  jqlKrs: [number, number];
}

export const DEFAULT_SHAPE: SiteShape = {
  projects: 24,
  versionsPerProject: 3,
  epicsPerProject: 67,
  childrenPerEpic: [15, 55],
  subtaskShare: 0.06,
  looseIssuesPerProject: 100,
  fixVersionShare: 0.25,
  epicKrs: 300,
  epicKrPointsShare: 0.08,
  sharedEpicShare: 0.1,
  epicAndVersionShare: 0.05,
  subtaskKrShare: 0.02,
  projectKrs: [6, 0],
  versionKrs: [6, 2],
  jqlKrs: [4, 2],
};

/** An issue as seeded: what the ground truth is computed from. */
export interface SeededIssue {
  id: string;
  projectId: string;
  parentId: string | null;
  level: number;
  done: boolean;
  points: number | null;
  versionIds: string[];
  labels: string[];
}

export interface BenchKeyResult {
  id: string;
  source: JiraSource;
}

export interface KrTruth {
  /** Issues in scope: each once, epics never, sub-tasks only if asked. */
  issueIds: string[];
  done: number;
  points: { total: number; done: number };
}

export interface SimulatedSite {
  sim: JiraSimulator;
  keyResults: BenchKeyResult[];
  issues: SeededIssue[];
  epicCount: number;
  truth(kr: BenchKeyResult): KrTruth;
}

const POINTS = [1, 2, 3, 5, 8, 13];

function status(random: Random): StatusName {
  const r = random.next();
  return r < 0.45 ? 'Done' : r < 0.6 ? 'In Progress' : r < 0.65 ? 'In Review' : 'To Do';
}

export function buildSimulatedSite(options: { seed: number; clock: Clock; shape?: Partial<SiteShape> }): SimulatedSite {
  const shape = { ...DEFAULT_SHAPE, ...options.shape };
  const random = createRandom(options.seed);
  const sim = createJiraSimulator({ seed: options.seed, clock: options.clock });
  sim.addUser({
    accountId: 'bench-admin',
    displayName: 'Bench Admin',
    email: 'admin@example.com',
    apiToken: 't',
    admin: true,
  });

  const issues: SeededIssue[] = [];
  const byId = new Map<string, SeededIssue>();
  const epicsByProject = new Map<string, string[]>();
  const versionsByProject = new Map<string, string[]>();
  const projects: Array<{ id: string; key: string }> = [];

  const add = (seed: Parameters<JiraSimulator['addIssue']>[0], versionIds: string[], labels: string[]): SeededIssue => {
    const created = sim.addIssue({ ...seed, ...(labels.length > 0 ? { labels } : {}) }, { silent: true });
    const row: SeededIssue = {
      id: created.id,
      projectId: created.projectId,
      parentId: created.parentId,
      level: created.hierarchyLevel,
      done: created.statusCategory === 'done',
      points: created.points,
      versionIds,
      labels,
    };
    issues.push(row);
    byId.set(row.id, row);
    return row;
  };

  /** A standard issue or sub-task: status, points and maybe a fix version drawn at random. */
  const work = (
    projectKey: string,
    projectId: string,
    type: 'Story' | 'Task' | 'Bug' | 'Sub-task',
    parent?: string,
  ) => {
    const versions = versionsByProject.get(projectId) ?? [];
    const versionIds = type !== 'Sub-task' && random.chance(shape.fixVersionShare) ? [random.pick(versions)] : [];
    const labels = random.chance(0.1) ? [`okr-${random.int(1, 3)}`] : [];
    return add(
      {
        project: projectKey,
        type,
        summary: `${type} ${issues.length}`,
        status: status(random),
        ...(parent !== undefined ? { parent } : {}),
        ...(random.chance(0.85) ? { points: random.pick(POINTS) } : {}),
        ...(versionIds.length > 0 ? { fixVersions: versionIds } : {}),
      },
      versionIds,
      labels,
    );
  };

  for (let p = 0; p < shape.projects; p += 1) {
    const key = `P${String(p + 1).padStart(2, '0')}`;
    const project = sim.addProject({
      key,
      name: `Project ${key}`,
      style: p % 2 === 0 ? 'team-managed' : 'company-managed',
    });
    projects.push({ id: project.id, key });
    versionsByProject.set(
      project.id,
      Array.from({ length: shape.versionsPerProject }, (_, v) => sim.addVersion(key, { name: `${v + 1}.0` }).id),
    );
    const epics: string[] = [];
    for (let e = 0; e < shape.epicsPerProject; e += 1) {
      const epic = add({ project: key, type: 'Epic', summary: `Epic ${key}-${e}`, status: status(random) }, [], []);
      epics.push(epic.id);
      const children = random.int(...shape.childrenPerEpic);
      for (let c = 0; c < children; c += 1) {
        const child = work(key, project.id, random.pick(['Story', 'Story', 'Task', 'Bug'] as const), epic.id);
        if (random.chance(shape.subtaskShare)) {
          for (let s = random.int(1, 3); s > 0; s -= 1) work(key, project.id, 'Sub-task', child.id);
        }
      }
    }
    epicsByProject.set(project.id, epics);
    for (let l = 0; l < shape.looseIssuesPerProject; l += 1)
      work(key, project.id, random.pick(['Story', 'Task', 'Bug'] as const));
  }

  const keyResults: BenchKeyResult[] = [];
  const kr = (
    measure: 'count' | 'points',
    targets: Target[],
    includeSubtasks = random.chance(shape.subtaskKrShare),
  ) => {
    keyResults.push({ id: `kr-${keyResults.length + 1}`, source: { type: 'jira', measure, targets, includeSubtasks } });
  };

  // Every epic feeds one KR; KRs get 1 or more epics (about epics/KRs on average).
  const allEpics = random.shuffle([...epicsByProject.values()].flat());
  const groups: string[][] = Array.from({ length: shape.epicKrs }, () => []);
  allEpics.forEach((epic, i) =>
    (groups[i < shape.epicKrs ? i : random.int(0, shape.epicKrs - 1)] as string[]).push(epic),
  );
  for (const group of groups) {
    const targets: Target[] = group.map((issueId) => ({ kind: 'epic', issueId }));
    if (random.chance(shape.sharedEpicShare)) {
      const other = random.pick(allEpics);
      if (!group.includes(other)) targets.push({ kind: 'epic', issueId: other });
    }
    if (random.chance(shape.epicAndVersionShare)) {
      const projectId = byId.get(group[0] as string)?.projectId as string;
      targets.push({ kind: 'version', versionId: random.pick(versionsByProject.get(projectId) ?? []) });
    }
    kr(random.chance(shape.epicKrPointsShare) ? 'points' : 'count', targets);
  }
  const pickProject = () => random.pick(projects);
  const byMeasure = ([count, points]: [number, number], target: () => Target) => {
    for (let i = 0; i < count; i += 1) kr('count', [target()]);
    for (let i = 0; i < points; i += 1) kr('points', [target()]);
  };
  byMeasure(shape.projectKrs, () => ({ kind: 'project', projectId: pickProject().id }));
  byMeasure(shape.versionKrs, () => ({
    kind: 'version',
    versionId: random.pick(versionsByProject.get(pickProject().id) ?? []),
  }));
  byMeasure(shape.jqlKrs, () => ({
    kind: 'jql',
    jql: `project = ${pickProject().key} AND labels = okr-${random.int(1, 3)}`,
  }));

  const childrenOf = new Map<string, SeededIssue[]>();
  for (const issue of issues) {
    if (issue.parentId !== null) childrenOf.set(issue.parentId, [...(childrenOf.get(issue.parentId) ?? []), issue]);
  }
  const projectKeyOf = new Map(projects.map((p) => [p.key, p.id]));

  const reached = (target: Target): SeededIssue[] => {
    switch (target.kind) {
      case 'epic': {
        const children = childrenOf.get(target.issueId) ?? [];
        return [...children, ...children.flatMap((c) => childrenOf.get(c.id) ?? [])];
      }
      case 'project':
        return issues.filter((i) => i.projectId === target.projectId);
      case 'version':
        return issues.filter((i) => i.versionIds.includes(target.versionId));
      case 'jql': {
        const m = /^project = (\w+) AND labels = ([\w-]+)$/.exec(target.jql);
        if (!m) throw new Error(`the ground truth reads only the JQL this builder writes: ${target.jql}`);
        const projectId = projectKeyOf.get(m[1] as string);
        return issues.filter((i) => i.projectId === projectId && i.labels.includes(m[2] as string));
      }
    }
  };

  return {
    sim,
    keyResults,
    issues,
    epicCount: allEpics.length,
    truth(k) {
      const inScope = new Map<string, SeededIssue>();
      for (const target of k.source.targets) {
        for (const issue of reached(target)) {
          if (issue.level === 0 || (k.source.includeSubtasks && issue.level < 0)) inScope.set(issue.id, issue);
        }
      }
      const scope = [...inScope.values()];
      const points = { total: 0, done: 0 };
      for (const issue of scope) {
        points.total += issue.points ?? 0;
        if (issue.done) points.done += issue.points ?? 0;
      }
      return { issueIds: scope.map((i) => i.id).sort(), done: scope.filter((i) => i.done).length, points };
    },
  };
}
