/**
 * The period-close use cases on the emulated platform: emulated kvs and queue, the Jira simulator as asApp/asUser,
 * one manual clock. Today is 2026-12-20, late in 2026-Q4; the next quarter is 2027-Q1.
 *
 *   TEAM (team-managed)
 *   TEAM-1 Epic "Checkout"     In Progress
 *     TEAM-2..TEAM-4 Stories   Done
 *     TEAM-5 Story             In Progress
 *
 * Olga owns the OKRs; Ada is a Jira admin; Otto may browse everything but owns nothing.
 */
import { createEmulatedKvs, createManualClock, createQueueRegistry, type ManualClock } from '../../../sandbox/forge';
import { createJiraSimulator, type JiraSimulator } from '../../../sandbox/jira-simulator';
import type { KeyResult, KeyResultSource, KrProgress, Objective } from '../../../src/domain';
import type { Platform } from '../../../src/platform';
import { createServices, RECOMPUTE_QUEUE, type Services } from '../../../src/services';
import { ENTITIES } from '../../../src/store/entities';
import type { Caller } from '../../../src/usecases/objectives/caller';

export const TODAY = '2026-12-20T09:00:00.000Z';
export const OLGA = 'acc-olga';
export const ADA = 'acc-ada';
export const OTTO = 'acc-otto';

export interface Fixture {
  services: Services;
  sim: JiraSimulator;
  clock: ManualClock;
  epicId: string;
  /** KR ids queued for recompute so far. */
  queued(): string[];
  as(accountId: string): Caller;
  objective(id: string, overrides?: Partial<Objective>): Promise<Objective>;
  keyResult(id: string, objectiveId: string, overrides?: Partial<KeyResult>): Promise<KeyResult>;
  progress(keyResultId: string, progress: number): Promise<void>;
}

export function periodCloseFixture(): Fixture {
  const clock = createManualClock(TODAY);
  const sim = createJiraSimulator({ seed: 11, clock });
  sim.addUser({ accountId: OLGA, displayName: 'Olga Owner', email: 'olga@example.com', apiToken: 't-olga' });
  sim.addUser({ accountId: ADA, displayName: 'Ada Admin', email: 'ada@example.com', apiToken: 't-ada', admin: true });
  sim.addUser({ accountId: OTTO, displayName: 'Otto Other', email: 'otto@example.com', apiToken: 't-otto' });
  sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const add = (seed: Parameters<JiraSimulator['addIssue']>[0]) => sim.addIssue(seed, { silent: true });
  const epic = add({ project: 'TEAM', type: 'Epic', summary: 'Checkout', status: 'In Progress' });
  for (const summary of ['Cart', 'Pay', 'Receipt']) {
    add({ project: 'TEAM', type: 'Story', summary, parent: epic.key, status: 'Done' });
  }
  add({ project: 'TEAM', type: 'Story', summary: 'Refunds', parent: epic.key, status: 'In Progress' });

  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs: createEmulatedKvs({ entities: ENTITIES, clock }),
    jira: sim,
    queue: (key) => queues.queue(key),
    clock,
    sleep: async (ms) => clock.advance(ms),
  };
  const services = createServices(platform);
  const { repos } = services;
  // Records are created a minute apart, so lists ordered by creation show them in the order a test stores them.
  let created = 0;
  const nextCreatedAt = () => new Date(Date.parse('2026-10-01T09:00:00.000Z') + 60_000 * created++).toISOString();
  return {
    services,
    sim,
    clock,
    epicId: epic.id,
    queued: () =>
      queues
        .queue(RECOMPUTE_QUEUE)
        .pending()
        .flatMap((event) => (event.body as { keyResultIds?: string[] }).keyResultIds ?? []),
    as: (accountId) => ({ accountId, isAdmin: async () => accountId === ADA }),
    async objective(id, overrides = {}) {
      const stored = await repos.objectives.create({
        id,
        title: `Objective ${id}`,
        periodId: '2026-Q4',
        level: 'team',
        team: 'Payments',
        ownerIds: [OLGA],
        state: 'active',
        version: 0,
        createdAt: nextCreatedAt(),
        updatedAt: '2026-10-01T09:00:00.000Z',
        ...overrides,
      });
      if (!stored.ok) throw new Error(`objective ${id}: ${stored.error.message}`);
      return stored.value;
    },
    async keyResult(id, objectiveId, overrides = {}) {
      // A KR carries its objective's period, as createKeyResult stores it.
      const periodId = (await repos.objectives.get(objectiveId))?.periodId ?? '2026-Q4';
      const stored = await repos.keyResults.create({
        id,
        objectiveId,
        title: `KR ${id}`,
        ownerIds: [OLGA],
        kind: 'committed',
        weight: 1,
        source: metric(0, 100, 50),
        periodId,
        version: 0,
        createdAt: nextCreatedAt(),
        updatedAt: '2026-10-01T09:00:00.000Z',
        ...overrides,
      });
      if (!stored.ok) throw new Error(`key result ${id}: ${stored.error.message}`);
      return stored.value;
    },
    async progress(keyResultId, progress) {
      await repos.progress.save(storedProgress(keyResultId, progress));
    },
  };
}

export const metric = (start: number, target: number, current: number): KeyResultSource => ({
  type: 'metric',
  start,
  target,
  current,
  direction: target > start ? 'increase' : 'decrease',
});

export function storedProgress(keyResultId: string, progress: number): KrProgress {
  return {
    keyResultId,
    progress,
    evidence: {
      sourceType: 'metric',
      scope: { issues: 0, todo: 0, inProgress: 0, done: 0 },
      emptyScope: false,
      flags: [],
    },
    asOf: '2026-12-20T08:00:00.000Z',
    stale: false,
  };
}
