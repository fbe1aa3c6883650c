/** Valid-by-default test data: each builder returns a record that parses, overridden where a test cares. */
import type {
  CheckIn,
  IssueFact,
  KeyResult,
  KrProgress,
  Link,
  Objective,
  Period,
  ReachedIssues,
  Target,
} from '../../src/domain';

const T0 = '2026-10-01T09:00:00Z';

export const epic = (issueId: string): Target => ({ kind: 'epic', issueId });
export const project = (projectId: string): Target => ({ kind: 'project', projectId });
export const version = (versionId: string): Target => ({ kind: 'version', versionId });
export const jql = (query: string): Target => ({ kind: 'jql', jql: query });

/** Q4 2026: Oct 1 – Dec 31, 92 days. */
export const Q4_2026: Period = { id: '2026-Q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };

export function aPeriod(overrides: Partial<Period> = {}): Period {
  return { ...Q4_2026, ...overrides };
}

export function anIssue(id: string, overrides: Partial<IssueFact> = {}): IssueFact {
  return { id, projectId: '10000', versionIds: [], hierarchyLevel: 0, statusCategory: 'new', ...overrides };
}

export const todo = (id: string, overrides: Partial<IssueFact> = {}) => anIssue(id, overrides);
export const inProgress = (id: string, overrides: Partial<IssueFact> = {}) =>
  anIssue(id, { statusCategory: 'indeterminate', ...overrides });
export const done = (id: string, overrides: Partial<IssueFact> = {}) =>
  anIssue(id, { statusCategory: 'done', ...overrides });

export function reached(target: Target, issues: IssueFact[]): ReachedIssues {
  return { target, issues };
}

export function anObjective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-1',
    title: 'Customers onboard themselves',
    periodId: '2026-Q4',
    level: 'team',
    ownerIds: ['557058:owner'],
    state: 'active',
    version: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function aKeyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr-1',
    objectiveId: 'obj-1',
    title: 'Ship the self-serve onboarding epic',
    ownerIds: ['557058:owner'],
    kind: 'committed',
    weight: 1,
    source: { type: 'jira', measure: 'count', targets: [epic('10001')], includeSubtasks: false },
    periodId: '2026-Q4',
    version: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function aMetricKeyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return aKeyResult({
    source: { type: 'metric', start: 10, target: 50, current: 20, direction: 'increase', unit: '%' },
    ...overrides,
  });
}

export function aLink(overrides: Partial<Link> = {}): Link {
  return {
    id: 'link-1',
    keyResultId: 'kr-1',
    target: epic('10001'),
    createdBy: '557058:owner',
    createdAt: T0,
    ...overrides,
  };
}

export function aCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'ci-1',
    keyResultId: 'kr-1',
    authorId: '557058:owner',
    at: T0,
    confidence: 'medium',
    note: 'On plan.',
    ...overrides,
  };
}

export function aKrProgress(overrides: Partial<KrProgress> = {}): KrProgress {
  return {
    keyResultId: 'kr-1',
    progress: 0.375,
    evidence: {
      sourceType: 'jira',
      measure: 'count',
      scope: { issues: 8, todo: 4, inProgress: 1, done: 3 },
      emptyScope: false,
      flags: [],
    },
    asOf: T0,
    stale: false,
    ...overrides,
  };
}
