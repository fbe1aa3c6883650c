/**
 * Turns the Jira plan into a timeline of issue creations and transitions from June to the demo day, the same on
 * every run: children of each epic created at its start or added later (scope growth), worked on and finished at
 * a pace that gives each epic the share of done work its plan says, sub-tasks under some stories, story points in
 * both field variants, and a few issues in no epic.
 */
import type { IssueTypeName, StatusName } from '../jira-simulator';
import { DEMO_START, at, between, plusDays } from './calendar';
import {
  EPICS,
  LOOSE_ISSUES_PER_PROJECT,
  PROJECTS,
  WORK_OBJECTS,
  WORK_SUMMARIES,
  type EpicPlan,
  type ProjectPlan,
} from './jira-plan';
import { createRandom, type Random } from './random';

export interface PlannedTransition {
  status: StatusName;
  at: Date;
}

export interface PlannedIssue {
  /** `PLAT/3` for epics, `PLAT/3.7` for the 7th child of that epic, `PLAT/3.7.1` for sub-tasks, `PLAT/-4` in no epic. */
  ref: string;
  project: string;
  type: IssueTypeName;
  summary: string;
  parentRef?: string;
  points?: number;
  labels: string[];
  fixVersions: string[];
  assignee: string;
  reporter: string;
  created: Date;
  /** In time order, all after `created`. */
  transitions: PlannedTransition[];
}

export type JiraOp =
  | { kind: 'create'; at: Date; issue: PlannedIssue }
  | { kind: 'transition'; at: Date; ref: string; status: StatusName; actor: string };

export interface IssuePlan {
  issues: PlannedIssue[];
  /** Every creation and transition, in time order: the order the simulator is seeded in. */
  ops: JiraOp[];
}

const DEMO_NOW = new Date(DEMO_START);
const HOUR = 1 / 24;
/** Roadmap planning: every epic of the year is created on this day, so epic N of a project is issue N. */
const EPICS_CREATED = '2026-06-15';

export function planIssues(seed = 1): IssuePlan {
  const random = createRandom(seed);
  const issues: PlannedIssue[] = [];
  for (const project of PROJECTS) {
    const epics = EPICS.filter((e) => e.project === project.key);
    epics.forEach((epic, index) => issues.push(epicIssue(project, epic, index)));
    for (const epic of epics) issues.push(...epicChildren(project, epic, random));
    issues.push(...looseIssues(project, random));
  }
  for (const epic of issues.filter((i) => i.type === 'Epic')) settleEpicStatus(epic, issues);
  return { issues, ops: timeline(issues) };
}

function epicIssue(project: ProjectPlan, epic: EpicPlan, index: number): PlannedIssue {
  return {
    ref: epic.ref,
    project: project.key,
    type: 'Epic',
    summary: epic.summary,
    labels: [...(epic.labels ?? [])],
    fixVersions: [],
    assignee: project.lead,
    reporter: project.lead,
    created: at(EPICS_CREATED, 9 + index * 0.25),
    transitions: [],
  };
}

function epicChildren(project: ProjectPlan, epic: EpicPlan, random: Random): PlannedIssue[] {
  const start = at(epic.start, 9);
  const end = at(epic.end, 17);
  const lastWorkDay = end < DEMO_NOW ? end : plusDays(DEMO_NOW, -3 * HOUR);
  const doneCount = Math.round(epic.done * epic.size);
  const lateCount = Math.round((epic.late ?? 0) * epic.size);
  const doneOrder = random.shuffle(Array.from({ length: epic.size }, (_, i) => i));
  const out: PlannedIssue[] = [];
  for (let i = 0; i < epic.size; i += 1) {
    const added = i >= Math.round((1 - epic.growth) * epic.size);
    const created = added
      ? between(plusDays(start, 5), plusDays(lastWorkDay, -2), random.next())
      : plusDays(start, -random.next() * 6);
    const rank = doneOrder.indexOf(i);
    const type = workType(random);
    const issue = workIssue(project, `${epic.ref}.${i + 1}`, type, epic.summary, created, random, {
      parentRef: epic.ref,
      labels: [...(epic.labels ?? [])],
      fixVersions: epic.fixVersion ? [epic.fixVersion] : [],
    });
    if (rank < doneCount) {
      const late = rank >= doneCount - lateCount;
      const from = late ? plusDays(end, 1) : maxDate(plusDays(created, 1), plusDays(start, 3));
      const to = late ? minDate(plusDays(end, 30), plusDays(DEMO_NOW, -HOUR)) : lastWorkDay;
      issue.transitions = doneTransitions(created, between(from, to, random.next()), random);
    } else {
      issue.transitions = openTransitions(created, random);
    }
    out.push(issue, ...subtasks(project, issue, random));
  }
  return out;
}

function looseIssues(project: ProjectPlan, random: Random): PlannedIssue[] {
  const label = project.key === 'GROW' ? 'onboarding' : project.key === 'PLAT' ? 'reliability' : undefined;
  return Array.from({ length: LOOSE_ISSUES_PER_PROJECT }, (_, i) => {
    const created = between(at('2026-07-01'), plusDays(DEMO_NOW, -2), random.next());
    const issue = workIssue(
      project,
      `${project.key}/-${i + 1}`,
      i % 3 === 0 ? 'Bug' : 'Task',
      `${project.name} backlog`,
      created,
      random,
      {
        labels: label && i < 4 ? [label] : [],
        fixVersions: [],
      },
    );
    issue.transitions = random.chance(0.5)
      ? doneTransitions(created, between(plusDays(created, 1), plusDays(DEMO_NOW, -HOUR), random.next()), random)
      : openTransitions(created, random);
    return issue;
  });
}

function workType(random: Random): IssueTypeName {
  const roll = random.next();
  return roll < 0.65 ? 'Story' : roll < 0.85 ? 'Task' : 'Bug';
}

function workIssue(
  project: ProjectPlan,
  ref: string,
  type: IssueTypeName,
  topic: string,
  created: Date,
  random: Random,
  extra: Pick<PlannedIssue, 'labels' | 'fixVersions'> & { parentRef?: string },
): PlannedIssue {
  const verb = random.pick(WORK_SUMMARIES[type as keyof typeof WORK_SUMMARIES] ?? WORK_SUMMARIES.Task);
  const points = estimate(type, random);
  return {
    ref,
    project: project.key,
    type,
    summary: `${topic}: ${verb} ${random.pick(WORK_OBJECTS)}`,
    ...(extra.parentRef ? { parentRef: extra.parentRef } : {}),
    ...(points === undefined ? {} : { points }),
    labels: extra.labels,
    fixVersions: extra.fixVersions,
    assignee: random.pick(project.engineers),
    reporter: project.lead,
    created,
    transitions: [],
  };
}

/** Stories 1–8 points, tasks 1–3, bugs 1–2; about one in twelve is not estimated. */
function estimate(type: IssueTypeName, random: Random): number | undefined {
  if (random.chance(0.08)) return undefined;
  if (type === 'Story') return random.pick([1, 2, 3, 3, 5, 5, 8]);
  if (type === 'Bug') return random.pick([1, 1, 2]);
  return random.pick([1, 2, 3]);
}

function doneTransitions(created: Date, doneAt: Date, random: Random): PlannedTransition[] {
  const started = maxDate(plusDays(created, HOUR), plusDays(doneAt, -(1 + random.next() * 5)));
  const out: PlannedTransition[] = [{ status: 'In Progress', at: started }];
  const review = plusDays(doneAt, -(0.2 + random.next()));
  if (random.chance(0.5) && review > started) out.push({ status: 'In Review', at: review });
  out.push({ status: 'Done', at: maxDate(doneAt, plusDays(started, HOUR)) });
  return out;
}

function openTransitions(created: Date, random: Random): PlannedTransition[] {
  const roll = random.next();
  if (roll >= 0.4) return [];
  const started = between(plusDays(created, HOUR), plusDays(DEMO_NOW, -HOUR), random.next());
  if (roll < 0.3) return [{ status: 'In Progress', at: started }];
  return [
    { status: 'In Progress', at: started },
    { status: 'In Review', at: between(started, plusDays(DEMO_NOW, -HOUR / 2), random.next()) },
  ];
}

/** One story in six has one to three sub-tasks, finished before their story is. */
function subtasks(project: ProjectPlan, parent: PlannedIssue, random: Random): PlannedIssue[] {
  if (parent.type !== 'Story' || !random.chance(1 / 6)) return [];
  const parentDone = parent.transitions.find((t) => t.status === 'Done')?.at;
  const parentStarted = parent.transitions[0]?.at;
  return Array.from({ length: random.int(1, 3) }, (_, i) => {
    const created = plusDays(parent.created, HOUR * (i + 1));
    const sub: PlannedIssue = {
      ref: `${parent.ref}.${i + 1}`,
      project: project.key,
      type: 'Sub-task',
      summary: `${random.pick(['Write tests', 'Code review', 'Docs', 'Wire up the UI'])}: ${parent.summary.split(': ').slice(1).join(': ') || parent.summary}`,
      parentRef: parent.ref,
      labels: [],
      fixVersions: [],
      assignee: parent.assignee,
      reporter: parent.assignee,
      created,
      transitions: [],
    };
    if (parentDone) {
      const doneAt = maxDate(plusDays(created, 2 * HOUR), plusDays(parentDone, -(0.1 + random.next())));
      sub.transitions = [
        { status: 'In Progress', at: between(plusDays(created, HOUR), doneAt, 0.5) },
        { status: 'Done', at: doneAt },
      ];
    } else if (parentStarted && random.chance(0.5)) {
      const doneAt = between(
        maxDate(parentStarted, plusDays(created, 2 * HOUR)),
        plusDays(DEMO_NOW, -HOUR),
        random.next(),
      );
      sub.transitions = [
        { status: 'In Progress', at: between(plusDays(created, HOUR), doneAt, 0.5) },
        { status: 'Done', at: doneAt },
      ];
    }
    return sub;
  });
}

/** An epic goes In Progress with its first started child and Done with its last finished one, if all are. */
function settleEpicStatus(epic: PlannedIssue, issues: readonly PlannedIssue[]): void {
  const children = issues.filter((i) => i.parentRef === epic.ref);
  const starts = children.flatMap((c) => (c.transitions[0] ? [c.transitions[0].at] : []));
  if (starts.length === 0) return;
  const firstStart = new Date(Math.min(...starts.map((d) => d.getTime())));
  epic.transitions = [{ status: 'In Progress', at: firstStart }];
  const doneTimes = children.map((c) => c.transitions.find((t) => t.status === 'Done')?.at);
  if (doneTimes.every((d): d is Date => d !== undefined)) {
    const last = new Date(Math.max(...doneTimes.map((d) => d.getTime())));
    epic.transitions.push({ status: 'Done', at: plusDays(last, HOUR) });
  }
}

function timeline(issues: readonly PlannedIssue[]): JiraOp[] {
  const ops: JiraOp[] = [];
  for (const issue of issues) {
    ops.push({ kind: 'create', at: issue.created, issue });
    for (const t of issue.transitions) {
      ops.push({ kind: 'transition', at: t.at, ref: issue.ref, status: t.status, actor: issue.assignee });
    }
  }
  // Stable: a creation listed before its own transitions and its children stays first on equal times.
  return ops
    .map((op, order) => ({ op, order }))
    .sort((a, b) => a.op.at.getTime() - b.op.at.getTime() || a.order - b.order)
    .map(({ op }) => op);
}

const maxDate = (a: Date, b: Date) => (a > b ? a : b);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
