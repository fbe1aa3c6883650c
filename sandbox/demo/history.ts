/**
 * The demo's history as the rollup engine sees it: which issues each target reached on any past instant, with
 * the status they had then, so check-ins, daily snapshots and the closed quarter's final numbers are computed by
 * the real engine (src/domain) from the same simulated history the Jira simulator holds.
 */
import {
  DEFAULT_SETTINGS,
  assessPace,
  computeKeyResultProgress,
  type CalendarDay,
  type IssueFact,
  type KeyResult,
  type KeyResultSource,
  type Period,
  type ProgressResult,
  type ReachedIssues,
  type StatusCategory,
  type Target,
} from '../../src/domain';
import { dayOf } from './calendar';
import type { PlannedIssue } from './generate-issues';
import type { KrPlan, SourcePlan, TargetPlan } from './okr-plan';
import type { DemoJira } from './seed-jira';

const CATEGORY = {
  'To Do': 'new',
  'In Progress': 'indeterminate',
  'In Review': 'indeterminate',
  Done: 'done',
} as const;

export interface DemoHistory {
  target(plan: TargetPlan): Target;
  /** The key result's source as it stood at `at`: metric values and milestones move with check-ins. */
  source(kr: KrPlan, at: Date, checkInsAt: readonly Date[]): KeyResultSource;
  progress(kr: KrPlan, keyResult: Pick<KeyResult, 'source' | 'baseline'>, at: Date, period: Period): ProgressResult;
  status(kr: KrPlan, progress: number, period: Period, day: CalendarDay): ReturnType<typeof assessPace>;
}

export function createDemoHistory(jira: DemoJira): DemoHistory {
  const all = [...jira.issues.values()];
  const byRef = (ref: string) => {
    const found = jira.issues.get(ref);
    if (!found) throw new Error(`Demo plan: no issue ${ref}`);
    return found;
  };
  const versionId = (project: string, name: string) => {
    const id = jira.versions.get(`${project}/${name}`);
    if (!id) throw new Error(`Demo plan: no version ${project}/${name}`);
    return id;
  };
  const projectId = (key: string) => {
    const found = jira.projects.get(key);
    if (!found) throw new Error(`Demo plan: no project ${key}`);
    return found.id;
  };

  function factAt(entry: (typeof all)[number], at: Date): IssueFact | undefined {
    const planned = entry.planned;
    if (planned.created > at) return undefined;
    const past = planned.transitions.filter((t) => t.at <= at);
    const last = past[past.length - 1];
    const category: StatusCategory = last ? CATEGORY[last.status] : 'new';
    const doneAt = category === 'done' ? last?.at.toISOString() : undefined;
    return {
      id: entry.id,
      key: entry.key,
      ...(planned.parentRef ? { parentId: byRef(planned.parentRef).id } : {}),
      projectId: projectId(planned.project),
      versionIds: planned.fixVersions.map((name) => versionId(planned.project, name)),
      hierarchyLevel: levelOf(planned),
      statusCategory: category,
      points: planned.points ?? null,
      createdAt: planned.created.toISOString(),
      ...(doneAt ? { doneAt } : {}),
    };
  }

  /** What the Jira layer would fetch for a target: epics' children and their sub-tasks, or matching issues. */
  function members(plan: TargetPlan): typeof all {
    switch (plan.kind) {
      case 'epic': {
        const children = all.filter((i) => i.planned.parentRef === plan.ref);
        const childRefs = new Set(children.map((c) => c.planned.ref));
        return [...children, ...all.filter((i) => i.planned.parentRef && childRefs.has(i.planned.parentRef))];
      }
      case 'project':
        return all.filter((i) => i.planned.project === plan.key);
      case 'version':
        return all.filter((i) => i.planned.project === plan.project && i.planned.fixVersions.includes(plan.name));
      case 'jql':
        return all.filter((i) => i.planned.project === plan.project && i.planned.labels.includes(plan.labels));
    }
  }

  const target = (plan: TargetPlan): Target => {
    switch (plan.kind) {
      case 'epic':
        return { kind: 'epic', issueId: byRef(plan.ref).id };
      case 'project':
        return { kind: 'project', projectId: projectId(plan.key) };
      case 'version':
        return { kind: 'version', versionId: versionId(plan.project, plan.name) };
      case 'jql':
        return { kind: 'jql', jql: plan.jql };
    }
  };

  function reached(source: Extract<SourcePlan, { type: 'jira' }>, at: Date): ReachedIssues[] {
    return source.targets.map((plan) => ({
      target: target(plan),
      issues: members(plan).flatMap((entry) => factAt(entry, at) ?? []),
    }));
  }

  return {
    target,
    source(kr, at, checkInsAt) {
      const plan = kr.source;
      if (plan.type === 'jira') {
        return {
          type: 'jira',
          measure: plan.measure,
          targets: plan.targets.map(target),
          includeSubtasks: plan.includeSubtasks ?? false,
        };
      }
      if (plan.type === 'metric') {
        const made = checkInsAt.filter((d) => d <= at).length;
        const current = made === 0 ? plan.start : (plan.values[Math.min(made, plan.values.length) - 1] ?? plan.start);
        return {
          type: 'metric',
          start: plan.start,
          target: plan.target,
          current,
          direction: plan.target > plan.start ? 'increase' : 'decrease',
          unit: plan.unit,
        };
      }
      const day = dayOf(at);
      return {
        type: 'milestones',
        items: plan.items.map((item, i) => ({
          id: `m${i + 1}`,
          title: item.title,
          done: item.doneOn !== undefined && item.doneOn <= day,
        })),
      };
    },
    progress(kr, keyResult, at, period) {
      const jira = kr.source.type === 'jira' ? { kind: 'issues' as const, reached: reached(kr.source, at) } : undefined;
      return computeKeyResultProgress(keyResult, { ...(jira ? { jira } : {}), period, timeZone: 'UTC' });
    },
    status(kr, progress, period, day) {
      return assessPace({ progress, period, today: day, kind: kr.kind ?? 'committed', settings: DEFAULT_SETTINGS });
    },
  };
}

function levelOf(planned: PlannedIssue): number {
  if (planned.type === 'Epic') return 1;
  return planned.type === 'Sub-task' ? -1 : 0;
}
