/**
 * The sandbox's site: the real app (src/app.ts) wired to emulated Forge services (kvs persisted in the data
 * folder, the async-events queue, the invoker) and the Jira simulator, with the demo organisation seeded on
 * first start. Simulator issue events fire the real trigger; a small pump delivers queued events to the real
 * consumer and runs the daily scheduled job once per simulated day.
 */
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { RESOLVER_KEYS, type AboutData } from '../../src/contract';
import { createApp, type App } from '../../src/app';
import { addDays, quarterOf } from '../../src/domain';
import type { Platform } from '../../src/platform';
import { RECOMPUTE_QUEUE, createServices } from '../../src/services';
import { collectAll, createRepositories, ENTITIES, type Repositories } from '../../src/store';
import {
  createInvoker,
  createKvsEmulator,
  createQueueRegistry,
  type ConsumerFunction,
  type QueueRegistry,
  type UiCall,
} from '../forge';
import {
  APP_ACCOUNT_ID,
  createJiraSimulator,
  type ForgeIssueEvent,
  type JiraSimulator,
  type SimResponse,
} from '../jira-simulator';
import { DEMO_DAY, DEMO_START, dayOf } from '../demo/calendar';
import { seedJira, type DemoJira } from '../demo/seed-jira';
import { seedOkrs } from '../demo/seed-okrs';
import { KVS_FILE, SandboxDataError, freshState, openDataFolder, type SandboxState } from './data-folder';
import { changesJira, replayJournal, type JournalEntry } from './journal';
import { INITIAL_GADGETS } from './module-context';
import { findRecompute } from './recompute';
import { planWorkDay } from './simulate-work';
import { createWorldClock, type WorldClock } from './world-clock';

export const DAILY_JOB_KEY = 'okr-daily-reconcile';
const DAY_MS = 86_400_000;

export interface RuntimeOptions {
  dataDir: string;
  reset?: boolean;
  seed?: number;
  /** Base URL of the site, for `self` links in Jira answers. */
  siteUrl?: string;
  log?: (line: string) => void;
  /** How often the pump delivers queued events; 0 turns it off (tests drive it with `settle`). */
  pumpIntervalMs?: number;
}

export interface PipelineStats {
  issueEvents: number;
  triggerFailures: number;
  queueDelivered: number;
  queueFailed: number;
  dailyJobs: number;
}

export interface SimulationReport {
  days: number;
  from: string;
  to: string;
  transitions: number;
  created: number;
  issueEvents: number;
  queueDelivered: number;
  dailyJobs: number;
}

export interface JiraCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  accountId: string;
}

export interface SandboxRuntime {
  readonly clock: WorldClock;
  readonly sim: JiraSimulator;
  readonly app: App;
  readonly repos: Repositories;
  readonly queues: QueueRegistry;
  readonly demo: DemoJira;
  readonly state: SandboxState;
  readonly stats: PipelineStats;
  readonly dataDir: string;
  invokeResolver(call: UiCall): Promise<unknown>;
  /** The metrics web trigger, called as Forge calls it. */
  webtrigger(request: Partial<WebTriggerRequest> & Pick<WebTriggerRequest, 'method'>): Promise<WebTriggerResponse>;
  about(): Promise<AboutData | undefined>;
  jira(call: JiraCall): Promise<SimResponse>;
  simulate(days: number): Promise<SimulationReport>;
  /** Runs everything pending now: triggers, queued events (jumping the clock over their delays), the daily job. */
  settle(): Promise<PipelineStats>;
  pending(): { triggers: number; queued: number; dead: number };
  persist(): void;
  close(): Promise<void>;
}

export async function createSandboxRuntime(options: RuntimeOptions): Promise<SandboxRuntime> {
  const log = options.log ?? (() => undefined);
  const folder = openDataFolder(options.dataDir, { reset: options.reset ?? false });
  const fresh = folder.state === undefined;
  const state = folder.state ?? freshState(options.seed ?? 1, new Date(DEMO_START));
  const clock = createWorldClock(new Date(state.worldNow));
  clock.pin(new Date(state.worldNow));
  const sim = createJiraSimulator({
    seed: state.seed,
    clock,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
  });
  const demo = seedJira(sim, state.seed);
  try {
    await replayJournal(sim, clock, state.journal);
  } catch (error) {
    throw new SandboxDataError(
      folder.dir,
      `its journal of Jira changes ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  clock.pin(new Date(state.worldNow));

  let kvs: Platform['kvs'];
  let flushKvs: () => void;
  try {
    const emulator = createKvsEmulator({ entities: ENTITIES, persistTo: folder.kvsPath, clock, writeBehindMs: 250 });
    ({ kvs, flush: flushKvs } = emulator);
  } catch (error) {
    throw new SandboxDataError(
      folder.dir,
      `${KVS_FILE} cannot be loaded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs,
    jira: { asApp: sim.asApp, asUser: sim.asUser },
    queue: (key) => queues.queue(key),
    clock,
  };
  const app = createApp(platform);
  const repos = createRepositories(kvs);
  const invoker = createInvoker();
  const stats: PipelineStats = { issueEvents: 0, triggerFailures: 0, queueDelivered: 0, queueFailed: 0, dailyJobs: 0 };
  // The app's storage first: the saved world (clock, journal of Jira changes) is never ahead of what the app stored.
  const persist = () => {
    flushKvs();
    folder.save({ ...state, worldNow: clock.now().toISOString() });
  };

  const invokeResolver = (call: UiCall) => invoker.resolver(app.resolver, call);
  async function about(): Promise<AboutData | undefined> {
    const answer = (await invokeResolver({
      functionKey: RESOLVER_KEYS.about,
      accountId: APP_ACCOUNT_ID,
      moduleKey: 'okr-admin-page',
      extension: { type: 'jira:adminPage' },
    })) as { ok: boolean; data?: AboutData };
    return answer.ok ? answer.data : undefined;
  }

  const recompute = await findRecompute();
  if (fresh) {
    const available = new Set((await about())?.available ?? []);
    state.demo = await seedOkrs(
      {
        available,
        async invoke(key, payload, accountId) {
          const answer = (await invokeResolver({
            functionKey: key,
            payload,
            accountId,
            moduleKey: 'okr-portfolio',
            extension: { type: 'jira:globalPage' },
          })) as {
            ok: boolean;
            data?: unknown;
            error?: { code: string; message: string };
          };
          if (!answer.ok) throw new Error(`Demo seed: ${key} answered ${answer.error?.code}: ${answer.error?.message}`);
          return answer.data;
        },
        repos,
        kvs,
        pin: (instant) => clock.pin(instant),
      },
      demo,
    );
    state.gadgets = structuredClone({ ...INITIAL_GADGETS });
    // The daily job has run up to the day before the demo day: the seeded snapshots are its history.
    state.dailyJobDay = addDays(DEMO_DAY, -1);
    log(
      `Seeded the demo organisation (${sim.issues().length} issues; written via ${describeWrites(state.demo.written)}).`,
    );
  }
  clock.pin(new Date(state.worldNow));
  if (recompute) {
    const missing = await keyResultsWithoutProgress(repos, quarterOf(dayOf(clock.now()), 1).id);
    if (missing.length > 0) {
      await recompute(createServices(platform), missing);
      log(`Computed progress of ${missing.length} key results with the app's recompute.`);
    }
  } else if (fresh) {
    log('Key-result progress is left to the first refresh: the recompute use case is not available yet.');
  }
  persist();
  clock.release();

  // Issue events → the real trigger, one at a time, in the order Jira emitted them.
  let triggers = 0;
  let chain: Promise<void> = Promise.resolve();
  const unsubscribe = sim.onEvent((event: ForgeIssueEvent) => {
    if (event.atlassianId === APP_ACCOUNT_ID) return; // the manifest's filter: ignoreSelf
    triggers += 1;
    stats.issueEvents += 1;
    chain = chain
      .then(() => invoker.trigger(app.onIssueEvent, event, event.atlassianId ? { accountId: event.atlassianId } : {}))
      .then(
        () => undefined,
        (error: unknown) => {
          stats.triggerFailures += 1;
          log(`Issue event trigger failed: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => {
        triggers -= 1;
      });
  });
  const consumers: Record<string, ConsumerFunction> = {
    [RECOMPUTE_QUEUE]: (event, context) => app.onRecompute(event, context),
  };

  async function triggersIdle(): Promise<void> {
    while (triggers > 0) await chain;
  }

  async function deliver(drain: boolean): Promise<void> {
    for (const queue of queues.all()) {
      const consumer = consumers[queue.key];
      if (!consumer) continue;
      const report = drain ? await queue.drain(consumer, { clock }) : await queue.deliverDue(consumer);
      stats.queueDelivered += report.delivered;
      stats.queueFailed += report.failed;
    }
  }

  async function runDailyJobIfDue(): Promise<boolean> {
    const today = dayOf(clock.now());
    if (state.dailyJobDay !== null && today <= state.dailyJobDay) return false;
    state.dailyJobDay = today;
    stats.dailyJobs += 1;
    try {
      await invoker.scheduled(app.onDailySchedule, DAILY_JOB_KEY);
    } catch (error) {
      log(`Daily job failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    persist();
    return true;
  }

  // One thing at a time: the pump, simulated days and settling never interleave.
  let lock: Promise<unknown> = Promise.resolve();
  let busy = false;
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = lock.then(async () => {
      busy = true;
      try {
        return await work();
      } finally {
        busy = false;
      }
    });
    lock = run.catch(() => undefined);
    return run;
  }

  async function settle(): Promise<PipelineStats> {
    return exclusive(async () => {
      for (let round = 0; round < 100; round += 1) {
        await triggersIdle();
        await deliver(true);
        if (triggers === 0 && queues.all().every((q) => q.pending().length === 0)) break;
      }
      await runDailyJobIfDue();
      return { ...stats };
    });
  }

  async function simulate(days: number): Promise<SimulationReport> {
    return exclusive(async () => {
      const before = { ...stats };
      const from = clock.now();
      let transitions = 0;
      let created = 0;
      for (let day = 0; day < days; day += 1) {
        const windowStart = new Date(from.getTime() + day * DAY_MS);
        const work = planWorkDay(
          sim.issues(),
          state.seed,
          windowStart,
          `${dayOf(windowStart)}#${state.journal.length}`,
        );
        for (const entry of work) {
          clock.pin(new Date(entry.at));
          applyWork(entry);
          state.journal.push(entry);
          if (entry.op === 'transition') transitions += 1;
          else created += 1;
          await triggersIdle();
          await deliver(false);
          await runDailyJobIfDue();
        }
        clock.pin(new Date(windowStart.getTime() + DAY_MS));
        await triggersIdle();
        await deliver(true);
        await runDailyJobIfDue();
      }
      clock.release();
      persist();
      return {
        days,
        from: from.toISOString(),
        to: clock.now().toISOString(),
        transitions,
        created,
        issueEvents: stats.issueEvents - before.issueEvents,
        queueDelivered: stats.queueDelivered - before.queueDelivered,
        dailyJobs: stats.dailyJobs - before.dailyJobs,
      };
    });
  }

  function applyWork(entry: JournalEntry): void {
    if (entry.op === 'transition')
      sim.transition(entry.key, entry.status, { actor: entry.actor, at: new Date(entry.at) });
    else if (entry.op === 'create')
      sim.addIssue({ ...entry.issue, reporter: entry.actor, created: new Date(entry.at) });
  }

  async function jira(call: JiraCall): Promise<SimResponse> {
    const response = await sim.handle({
      method: call.method,
      path: call.path,
      headers: call.headers,
      ...(call.body === undefined || call.body === '' ? {} : { body: call.body }),
      as: { kind: 'user', accountId: call.accountId },
    });
    if (changesJira(call.method, call.path, response.status)) {
      state.journal.push({
        op: 'rest',
        at: clock.now().toISOString(),
        accountId: call.accountId,
        method: call.method.toUpperCase(),
        path: call.path,
        ...(call.body ? { body: call.body } : {}),
      });
      persist();
    }
    return response;
  }

  const interval = options.pumpIntervalMs ?? 250;
  let lastSave = Date.now();
  const timer =
    interval > 0
      ? setInterval(() => {
          if (busy) return;
          void exclusive(async () => {
            await deliver(false);
            await runDailyJobIfDue();
            if (Date.now() - lastSave > 10_000) {
              lastSave = Date.now();
              persist();
            }
          }).catch((error: unknown) => log(`Pump failed: ${error instanceof Error ? error.message : String(error)}`));
        }, interval)
      : undefined;
  timer?.unref();

  return {
    clock,
    sim,
    app,
    repos,
    queues,
    demo,
    state,
    stats,
    dataDir: folder.dir,
    invokeResolver,
    webtrigger: (request) =>
      invoker.webtrigger((payload, context) => app.onMetricsWebtrigger(payload, context), request),
    about,
    jira,
    simulate,
    settle,
    pending: () => ({
      triggers,
      queued: queues.all().reduce((n, q) => n + q.pending().length, 0),
      dead: queues.all().reduce((n, q) => n + q.dead().length, 0),
    }),
    persist,
    async close() {
      if (timer) clearInterval(timer);
      unsubscribe();
      await lock;
      await triggersIdle();
      persist();
    },
  };
}

async function keyResultsWithoutProgress(repos: Repositories, periodId: string): Promise<string[]> {
  const keyResults = await collectAll((request) => repos.keyResults.listByPeriod(periodId, request));
  const progress = await repos.progress.getMany(keyResults.map((kr) => kr.id));
  return keyResults.filter((kr) => !progress.has(kr.id)).map((kr) => kr.id);
}

function describeWrites(written: { viaResolvers: string[]; viaStorage: string[] }): string {
  const parts = [];
  if (written.viaResolvers.length > 0) parts.push(`resolvers ${written.viaResolvers.join(', ')}`);
  if (written.viaStorage.length > 0) parts.push(`storage directly for ${written.viaStorage.join(', ')}`);
  return parts.join('; ');
}
