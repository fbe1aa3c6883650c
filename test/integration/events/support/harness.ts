/**
 * The real handlers (createApp) on the emulated Forge platform: emulated kvs and async-events queue, the Jira
 * simulator as asApp/asUser, one manual clock for all of them. Issue events the simulator emits are collected, then
 * delivered to the trigger through the invoker (a JSON round trip, as Forge delivers them); the recompute queue is
 * drained into the consumer, jumping the clock to each job's due time.
 */
import type { AsyncEvent } from '@forge/events';
import {
  createEmulatedKvs,
  createInvoker,
  createManualClock,
  createQueueRegistry,
  type ManualClock,
} from '../../../../sandbox/forge';
import {
  createJiraSimulator,
  type ForgeIssueEvent,
  type JiraSimulator,
  type Realism,
} from '../../../../sandbox/jira-simulator';
import { createApp, type App } from '../../../../src/app';
import type { KeyResult, Objective, Target } from '../../../../src/domain';
import type { Platform } from '../../../../src/platform';
import { createServices, RECOMPUTE_QUEUE, type Services } from '../../../../src/services';
import { ENTITIES } from '../../../../src/store/entities';
import type { RecomputeJobOutcome } from '../../../../src/usecases/recompute/run-recompute-job';

export const START = '2026-10-05T09:00:00.000Z';
export const OWNER = 'acc-owner';

export interface Harness {
  clock: ManualClock;
  sim: JiraSimulator;
  app: App;
  /** Services over the same platform, for reading what the handlers stored and for calling use cases directly. */
  services: Services;
  /** Issue events the simulator emitted and nobody delivered yet. */
  pending: ForgeIssueEvent[];
  /** Every consumer run, in order. */
  runs: RecomputeJobOutcome[];
  takeEvents(): ForgeIssueEvent[];
  deliver(events?: readonly ForgeIssueEvent[]): Promise<unknown[]>;
  drain(): Promise<void>;
  /** Runs the jobs due now, once each, without moving the clock. */
  deliverDue(): Promise<void>;
  /** Delivers what is pending, then drains the queue. */
  settle(): Promise<void>;
  queued(): number;
}

export function createHarness(options: { realism?: Partial<Realism>; start?: string } = {}): Harness {
  const clock = createManualClock(options.start ?? START);
  const sim = createJiraSimulator({ seed: 5, clock, ...(options.realism ? { realism: options.realism } : {}) });
  const kvs = createEmulatedKvs({ entities: ENTITIES, clock });
  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs,
    jira: sim,
    queue: (key) => queues.queue(key),
    clock,
    // Retries wait in simulated time.
    sleep: (ms) => {
      clock.advance(ms);
      return Promise.resolve();
    },
  };
  const app = createApp(platform);
  const services = createServices(platform);
  const invoker = createInvoker();
  const pending: ForgeIssueEvent[] = [];
  sim.onEvent((event) => pending.push(event));
  const runs: RecomputeJobOutcome[] = [];
  const queue = queues.queue(RECOMPUTE_QUEUE);
  const consumer = async (event: AsyncEvent, context: unknown) => {
    const outcome = (await app.onRecompute(event, context)) as RecomputeJobOutcome;
    runs.push(outcome);
    return outcome;
  };

  const harness: Harness = {
    clock,
    sim,
    app,
    services,
    pending,
    runs,
    takeEvents: () => pending.splice(0, pending.length),
    async deliver(events = harness.takeEvents()) {
      const answers: unknown[] = [];
      for (const event of events) answers.push(await invoker.trigger(app.onIssueEvent, event));
      return answers;
    },
    async drain() {
      await queue.drain(consumer, { clock });
      if (queue.dead().length > 0) throw new Error(`dead recompute jobs: ${JSON.stringify(queue.dead())}`);
    },
    async deliverDue() {
      await queue.deliverDue(consumer);
    },
    async settle() {
      await harness.deliver();
      await harness.drain();
    },
    queued: () => queue.pending().length,
  };
  return harness;
}

export function anObjective(id: string, overrides: Partial<Objective> = {}): Objective {
  return {
    id,
    title: `Objective ${id}`,
    periodId: '2026-Q4',
    level: 'team',
    ownerIds: [OWNER],
    state: 'active',
    version: 0,
    createdAt: START,
    updatedAt: START,
    ...overrides,
  };
}

export function aJiraKeyResult(
  id: string,
  objectiveId: string,
  measure: 'count' | 'points',
  targets: Target[],
  overrides: Partial<KeyResult> & { includeSubtasks?: boolean } = {},
): KeyResult {
  const { includeSubtasks = false, ...rest } = overrides;
  return {
    id,
    objectiveId,
    title: `KR ${id}`,
    ownerIds: [OWNER],
    kind: 'committed',
    weight: 1,
    source: { type: 'jira', measure, targets, includeSubtasks },
    periodId: '2026-Q4',
    version: 0,
    createdAt: START,
    updatedAt: START,
    ...rest,
  };
}

/** Stores the objectives, KRs and their links directly through the repositories (as the resolvers will). */
export async function storeOkrs(
  services: Services,
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
): Promise<void> {
  const { repos } = services;
  for (const objective of objectives) expectStored(await repos.objectives.create(objective));
  for (const kr of keyResults) {
    expectStored(await repos.keyResults.create(kr));
    if (kr.source.type !== 'jira') continue;
    for (const target of kr.source.targets) {
      expectStored(await repos.links.add({ keyResultId: kr.id, target, createdBy: OWNER, createdAt: START }));
    }
  }
}

function expectStored(result: { ok: boolean; error?: unknown }): void {
  if (!result.ok) throw new Error(`could not store: ${String(result.error)}`);
}

export const epic = (issueId: string): Target => ({ kind: 'epic', issueId });
export const project = (projectId: string): Target => ({ kind: 'project', projectId });
export const version = (versionId: string): Target => ({ kind: 'version', versionId });
