/**
 * The real app on emulated Forge services and the Jira simulator: createApp(platform) with an emulated kvs and queue,
 * the resolver called through the invoker with the context Forge passes. No mocks. The site is seeded by hand:
 *
 *   TEAM (team-managed)                        CORE (company-managed), version 1.0
 *   TEAM-1 Epic "Launch"       In Progress     CORE-1 Epic "Secret platform"  In Progress
 *     TEAM-2 Story "Pad"       Done              CORE-2 Story "Secret gateway"  To Do   fixVersion 1.0  label okr
 *     TEAM-3 Story "Fuel"      In Progress       CORE-3 Bug "Secret leak"       Done
 *     TEAM-6 Sub-task "Bolt"   To Do (under TEAM-2)
 *   TEAM-4 Epic "Scale"        In Progress
 *   TEAM-5 Epic "Retired"      Done
 *   TEAM-7 Story "Tidy"        Done, no epic, label okr
 *
 * Ann owns OKRs and may browse everything; Bob may browse TEAM only; Ada is a Jira admin; Eve may browse nothing.
 * Today is 2026-11-16 (UTC): day 46 of 2026-Q4's 92, so a committed KR is expected at exactly 0.5.
 */
import { createEmulatedKvs } from '../../../../sandbox/forge/kvs/create-emulated-kvs';
import { createInvoker } from '../../../../sandbox/forge/invoker/create-invoker';
import type { ExtensionContext } from '../../../../sandbox/forge/invoker/extension-context';
import { createManualClock, type ManualClock } from '../../../../sandbox/forge/manual-clock';
import { createQueueRegistry, type QueueRegistry } from '../../../../sandbox/forge/queue/queue-registry';
import { createJiraSimulator, type ForgeIssueEvent, type JiraSimulator } from '../../../../sandbox/jira-simulator';
import { createApp } from '../../../../src/app';
import type { ResolverResult } from '../../../../src/contract';
import type { KrProgress } from '../../../../src/domain';
import type { Kvs, Platform } from '../../../../src/platform';
import { RECOMPUTE_QUEUE } from '../../../../src/services';
import { createRepositories, ENTITIES, type Repositories } from '../../../../src/store';

export const TODAY = '2026-11-16T09:00:00.000Z';

export const ANN = { accountId: 'acc-ann', displayName: 'Ann Owner', email: 'ann@example.com', apiToken: 't-ann' };
export const BOB = { accountId: 'acc-bob', displayName: 'Bob Viewer', email: 'bob@example.com', apiToken: 't-bob' };
export const ADA = { accountId: 'acc-ada', displayName: 'Ada Admin', email: 'ada@example.com', apiToken: 't-ada' };
export const EVE = { accountId: 'acc-eve', displayName: 'Eve Outsider', email: 'eve@example.com', apiToken: 't-eve' };

export interface Harness {
  sim: JiraSimulator;
  clock: ManualClock;
  kvs: Kvs;
  repos: Repositories;
  queues: QueueRegistry;
  /** Calls a resolver key as `accountId`, through the invoker, and answers what the UI would receive. */
  call<T = unknown>(
    key: string,
    payload: unknown,
    accountId: string,
    extension?: ExtensionContext,
  ): Promise<ResolverResult<T>>;
  /** Like `call`, but fails the test unless the answer is ok. */
  data<T = unknown>(key: string, payload: unknown, accountId: string, extension?: ExtensionContext): Promise<T>;
  id(key: string): string;
  projectId(key: 'TEAM' | 'CORE'): string;
  versionId: string;
  /** The KR ids queued for recompute so far. */
  queuedRecomputes(): string[];
  /** Delivers the issue events the simulator emitted since the last call to the real trigger, as Forge would. */
  deliverIssueEvents(): Promise<void>;
  /** Runs the real recompute consumer until the queue is empty, jumping the clock to each job's due time. */
  drainRecomputes(): Promise<void>;
}

export function createHarness(): Harness {
  const clock = createManualClock(TODAY);
  const sim = createJiraSimulator({ seed: 3, clock });
  sim.addUser({ ...ANN, browseProjectIds: 'all' });
  const team = sim.addProject({ key: 'TEAM', name: 'Team Rocket', style: 'team-managed' });
  const core = sim.addProject({ key: 'CORE', name: 'Core Secrets', style: 'company-managed' });
  sim.addUser({ ...BOB, browseProjectIds: [team.id] });
  sim.addUser({ ...ADA, browseProjectIds: 'all', admin: true });
  sim.addUser({ ...EVE, browseProjectIds: [] });
  const version = sim.addVersion('CORE', { name: '1.0', releaseDate: '2026-12-31' });
  const add = (seed: Parameters<JiraSimulator['addIssue']>[0]) => sim.addIssue(seed, { silent: true });
  add({ project: 'TEAM', type: 'Epic', summary: 'Launch', status: 'In Progress' }); // TEAM-1
  add({ project: 'TEAM', type: 'Story', summary: 'Pad', parent: 'TEAM-1', status: 'Done' }); // TEAM-2
  add({ project: 'TEAM', type: 'Story', summary: 'Fuel', parent: 'TEAM-1', status: 'In Progress' }); // TEAM-3
  add({ project: 'TEAM', type: 'Epic', summary: 'Scale', status: 'In Progress' }); // TEAM-4
  add({ project: 'TEAM', type: 'Epic', summary: 'Retired', status: 'Done' }); // TEAM-5
  add({ project: 'TEAM', type: 'Subtask', summary: 'Bolt', parent: 'TEAM-2' }); // TEAM-6
  add({ project: 'TEAM', type: 'Story', summary: 'Tidy', status: 'Done', labels: ['okr'] }); // TEAM-7
  add({ project: 'CORE', type: 'Epic', summary: 'Secret platform', status: 'In Progress' }); // CORE-1
  add({
    project: 'CORE',
    type: 'Story',
    summary: 'Secret gateway',
    parent: 'CORE-1',
    fixVersions: ['1.0'],
    labels: ['okr'],
  }); // CORE-2
  add({ project: 'CORE', type: 'Bug', summary: 'Secret leak', parent: 'CORE-1', status: 'Done' }); // CORE-3

  const kvs = createEmulatedKvs({ entities: ENTITIES, clock });
  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs,
    jira: sim,
    queue: (key) => queues.queue(key),
    clock,
    // Retry waits pass on the simulated clock: tests never sleep.
    sleep: async (ms) => clock.advance(ms),
  };
  const app = createApp(platform);
  const invoker = createInvoker();
  const issueEvents: ForgeIssueEvent[] = [];
  sim.onEvent((event) => issueEvents.push(event));

  const call = async <T>(key: string, payload: unknown, accountId: string, extension?: ExtensionContext) => {
    const answer = (await invoker.resolver(app.resolver, {
      functionKey: key,
      payload,
      accountId,
      moduleKey: 'okr-portfolio',
      extension: extension ?? { type: 'jira:globalPage' },
    })) as ResolverResult<T>;
    // A second passes per call, so records created one after the other keep that order (same day throughout).
    clock.advance(1000);
    return answer;
  };

  return {
    sim,
    clock,
    kvs,
    repos: createRepositories(kvs),
    queues,
    call,
    async data<T>(key: string, payload: unknown, accountId: string, extension?: ExtensionContext) {
      const answer = await call<T>(key, payload, accountId, extension);
      if (!answer.ok) throw new Error(`${key} answered ${answer.error.code}: ${answer.error.message}`);
      return answer.data;
    },
    id: (key) => {
      const issue = sim.issue(key);
      if (!issue) throw new Error(`no issue ${key}`);
      return issue.id;
    },
    projectId: (key) => (key === 'TEAM' ? team.id : core.id),
    versionId: version.id,
    async deliverIssueEvents() {
      for (const event of issueEvents.splice(0, issueEvents.length)) await invoker.trigger(app.onIssueEvent, event);
    },
    async drainRecomputes() {
      const queue = queues.queue(RECOMPUTE_QUEUE);
      await queue.drain((event, context) => app.onRecompute(event, context), { clock });
      if (queue.dead().length > 0) throw new Error(`dead recompute jobs: ${JSON.stringify(queue.dead())}`);
    },
    queuedRecomputes: () =>
      queues
        .queue(RECOMPUTE_QUEUE)
        .pending()
        .flatMap((event) => (event.body as { keyResultIds?: string[] }).keyResultIds ?? []),
  };
}

/** A stored progress as the recompute would write it. */
export function storedProgress(keyResultId: string, progress: number, overrides: Partial<KrProgress> = {}): KrProgress {
  return {
    keyResultId,
    progress,
    evidence: {
      sourceType: 'metric',
      scope: { issues: 0, todo: 0, inProgress: 0, done: 0 },
      emptyScope: false,
      flags: [],
    },
    asOf: '2026-11-16T08:00:00.000Z',
    stale: false,
    ...overrides,
  };
}

/** A period payload for an objective the tests create. */
export const objectiveInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Customers love onboarding',
  periodId: '2026-Q4',
  level: 'team',
  ownerIds: [ANN.accountId],
  ...overrides,
});

export const metricSource = { type: 'metric', start: 0, target: 100, current: 0, direction: 'increase' } as const;

export const krInput = (objectiveId: string, overrides: Record<string, unknown> = {}) => ({
  objectiveId,
  title: 'Activation rate from 20% to 40%',
  kind: 'committed',
  weight: 1,
  ownerIds: [ANN.accountId],
  source: metricSource,
  ...overrides,
});
