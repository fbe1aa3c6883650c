/**
 * Repositories over the emulated kvs (persisted to a temp file, so a test can compare all of storage before and after
 * a call), a manual clock, a metric KR (120 → 200, current 120) in an active objective, and callers by account id.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { KeyResult, Objective } from '../../../src/domain';
import { createRepositories, ENTITIES } from '../../../src/store';
import type { Caller } from '../../../src/usecases/objectives/caller';

export const NOW = '2026-11-25T09:00:00.000Z';
export const OWNER = 'acc-objective-owner';
export const CHAMPION = 'acc-kr-champion';
export const ADMIN = 'acc-admin';
export const OUTSIDER = 'acc-outsider';

export const anObjective = (overrides: Partial<Objective> = {}): Objective => ({
  id: 'obj-1',
  title: 'Ship faster',
  periodId: '2026-Q4',
  level: 'team',
  ownerIds: [OWNER],
  state: 'active',
  version: 0,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  ...overrides,
});

export const aMetricKeyResult = (overrides: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr-deploys',
  objectiveId: 'obj-1',
  title: 'Deploys per week from 120 to 200',
  ownerIds: [CHAMPION],
  kind: 'committed',
  weight: 1,
  source: { type: 'metric', start: 120, target: 200, current: 120, direction: 'increase' },
  periodId: '2026-Q4',
  version: 0,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  ...overrides,
});

export const aMilestonesKeyResult = (): KeyResult =>
  aMetricKeyResult({
    id: 'kr-docs',
    title: 'Runbooks for every service',
    source: { type: 'milestones', items: [{ id: 'm1', title: 'Gateway', done: true }] },
  });

export const callerOf = (accountId: string): Caller => ({ accountId, isAdmin: async () => accountId === ADMIN });

export async function checkInFixture(objective: Partial<Objective> = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'okr-check-ins-')), 'kvs.json');
  const clock = createManualClock(NOW);
  const emulator = createKvsEmulator({ entities: ENTITIES, persistTo: file, clock });
  const repos = createRepositories(emulator.kvs);
  const created = [
    await repos.objectives.create(anObjective(objective)),
    await repos.keyResults.create(aMetricKeyResult()),
    await repos.keyResults.create(aMilestonesKeyResult()),
  ];
  if (!created.every((c) => c.ok)) throw new Error('fixture set-up failed');
  const dump = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return { services: { repos, clock }, repos, clock, dump };
}
