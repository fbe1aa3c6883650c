/**
 * A small, fixed sample portfolio for `npm run demo`: objectives aligned company → department
 * → team, KRs of every source, and the issues their Jira targets reach. Validated by the domain schemas on load.
 */
import { KeyResult, Objective, type IssueFact, type Period, type ReachedIssues } from '../../src/domain';

const AT = '2026-10-01T09:00:00Z';
const owner = (name: string) => `demo-${name}`;

function objective(id: string, title: string, level: Objective['level'], parent?: string, team?: string) {
  return Objective.parse({
    id,
    title,
    level,
    team,
    periodId: 'P',
    ownerIds: [owner(id)],
    parent: parent ? { objectiveId: parent, contributionWeight: 1 } : undefined,
    state: 'active',
    version: 0,
    createdAt: AT,
    updatedAt: AT,
  });
}

function keyResult(
  id: string,
  objectiveId: string,
  title: string,
  rest: Partial<KeyResult> & Pick<KeyResult, 'source'>,
) {
  return KeyResult.parse({
    id,
    objectiveId,
    title,
    ownerIds: [owner(id)],
    kind: 'committed',
    weight: 1,
    periodId: 'P',
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    ...rest,
  });
}

/** `done` issues of `total` under epic `epicId`, `points` each (null for unestimated). */
function epicChildren(epicId: string, total: number, done: number, points: number | null = null): IssueFact[] {
  return Array.from({ length: total }, (_, i) => ({
    id: `${epicId}${String(i).padStart(3, '0')}`,
    parentId: epicId,
    projectId: '10000',
    versionIds: [],
    hierarchyLevel: 0,
    statusCategory: i < done ? 'done' : i < done + 2 ? 'indeterminate' : 'new',
    points,
  }));
}

const epic = (issueId: string) => ({ kind: 'epic' as const, issueId });

export function samplePortfolio(period: Period) {
  const objectives = [
    objective('company', 'Customers plan their quarter in Jira', 'company'),
    objective('eng', 'Ship a faster, calmer product', 'department', 'company'),
    objective('growth', 'Grow active teams', 'department', 'company'),
    objective('platform', 'Pages load fast everywhere', 'team', 'eng', 'Platform'),
  ];
  const keyResults = [
    keyResult('kr-perf', 'platform', 'Issue view p95 under 800 ms', {
      source: { type: 'metric', start: 1400, target: 800, current: 1010, direction: 'decrease', unit: 'ms' },
    }),
    keyResult('kr-cache', 'platform', 'Ship the edge cache epics', {
      source: { type: 'jira', measure: 'count', targets: [epic('101'), epic('102')], includeSubtasks: false },
    }),
    keyResult('kr-incidents', 'eng', 'Close the incident follow-ups', {
      source: { type: 'jira', measure: 'points', targets: [epic('103')], includeSubtasks: false },
    }),
    keyResult('kr-launch', 'growth', 'Launch the team templates', {
      kind: 'aspirational',
      source: {
        type: 'milestones',
        items: [
          { id: 'm1', title: 'Beta with five design partners', done: true },
          { id: 'm2', title: 'Public launch', done: false },
          { id: 'm3', title: 'Template gallery', done: false },
        ],
      },
    }),
    keyResult('kr-teams', 'growth', 'Weekly active teams from 120 to 200', {
      weight: 2,
      source: { type: 'metric', start: 120, target: 200, current: 151, direction: 'increase' },
    }),
  ];
  const reached: Record<string, ReachedIssues[]> = {
    'kr-cache': [
      { target: epic('101'), issues: epicChildren('101', 12, 9) },
      { target: epic('102'), issues: epicChildren('102', 8, 2) },
    ],
    'kr-incidents': [{ target: epic('103'), issues: epicChildren('103', 10, 6, 3) }],
  };
  return { period: { ...period, id: 'P' }, objectives, keyResults, reached };
}
