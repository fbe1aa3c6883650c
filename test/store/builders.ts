import type { CheckIn, KeyResult, KrProgress, Objective, ProgressSnapshot } from '../../src/domain';
import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../sandbox/forge/manual-clock';
import { ENTITIES } from '../../src/store/entities';

/** A fresh emulated kvs with the app's entities: the real adapters run against it, no mocks. */
export const freshKvs = () => createEmulatedKvs({ entities: ENTITIES, clock: createManualClock() });

const AT = '2026-10-01T09:00:00Z';

export const anObjective = (overrides: Partial<Objective> = {}): Objective => ({
  id: 'obj-1',
  title: 'Customers love onboarding',
  periodId: '2026-Q4',
  level: 'team',
  ownerIds: ['user-1'],
  state: 'active',
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

export const aKeyResult = (overrides: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr-1',
  objectiveId: 'obj-1',
  title: 'Ship the new onboarding flow',
  ownerIds: ['user-1'],
  kind: 'committed',
  weight: 1,
  source: { type: 'jira', measure: 'count', targets: [{ kind: 'epic', issueId: '10001' }], includeSubtasks: false },
  periodId: '2026-Q4',
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

export const aCheckIn = (overrides: Partial<CheckIn> = {}): CheckIn => ({
  id: 'ci-1',
  keyResultId: 'kr-1',
  authorId: 'user-1',
  at: AT,
  confidence: 'medium',
  note: '',
  ...overrides,
});

export const aProgress = (overrides: Partial<KrProgress> = {}): KrProgress => ({
  keyResultId: 'kr-1',
  progress: 0.5,
  evidence: {
    sourceType: 'jira',
    measure: 'count',
    scope: { issues: 4, todo: 1, inProgress: 1, done: 2 },
    emptyScope: false,
    flags: [],
  },
  asOf: AT,
  stale: false,
  ...overrides,
});

export const aSnapshot = (overrides: Partial<ProgressSnapshot> = {}): ProgressSnapshot => ({
  keyResultId: 'kr-1',
  date: '2026-10-01',
  progress: 0.25,
  scopeIssues: 8,
  doneIssues: 2,
  ...overrides,
});

/** Unwraps a Result in a test, failing loudly on an error. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${String(result.error)}`);
  return result.value;
}
