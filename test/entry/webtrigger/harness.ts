/**
 * The real app (createApp) over the emulated Forge platform: kvs persisted to a temp file (the dump compared
 * before and after a call), an emulated queue, a manual clock, and Forge's web trigger invocation.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { createInvoker } from '../../../sandbox/forge/invoker/create-invoker';
import { createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import { createQueueRegistry } from '../../../sandbox/forge/queue/queue-registry';
import { createApp } from '../../../src/app';
import type { KeyResult } from '../../../src/domain';
import { signMetricRequest } from '../../../src/entry/metrics-webtrigger';
import type { JiraFetch, Platform } from '../../../src/platform';
import { createServices } from '../../../src/services';
import { ENTITIES } from '../../../src/store/entities';
import { registerMetricSource } from '../../../src/usecases/metrics/register-metric-source';

export const NOW = '2026-11-25T09:00:00.000Z';

const WRITE_PATHS = [
  '/api/v1/set',
  '/api/v1/delete',
  '/api/v1/secret/set',
  '/api/v1/secret/delete',
  '/api/v1/entity/set',
  '/api/v1/entity/delete',
  '/api/v1/batch/set',
  '/api/v1/batch/delete',
  '/api/v1/transaction',
];

const noJira: JiraFetch = async () => {
  throw new Error('The metrics web trigger must not call Jira.');
};

/** A metric KR: start 120, target 200, current 120 (increase). */
export const aMetricKeyResult = (overrides: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr-deploys',
  objectiveId: 'obj-1',
  title: 'Deploys per week from 120 to 200',
  ownerIds: ['557058:owner'],
  kind: 'committed',
  weight: 1,
  source: { type: 'metric', start: 120, target: 200, current: 120, direction: 'increase' },
  periodId: '2026-Q4',
  version: 0,
  createdAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-01T09:00:00Z',
  ...overrides,
});

export interface PostOptions {
  secret?: string;
  sourceId?: string;
  /** When the client signs; default the clock's now. */
  signedAt?: Date;
  method?: WebTriggerRequest['method'];
  contentType?: string | null;
  headers?: Record<string, string[]>;
}

export async function metricsHarness() {
  const file = join(mkdtempSync(join(tmpdir(), 'okr-webtrigger-')), 'kvs.json');
  const clock = createManualClock(NOW);
  const emulator = createKvsEmulator({ entities: ENTITIES, persistTo: file, clock });
  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs: emulator.kvs,
    jira: { asApp: () => noJira, asUser: () => noJira },
    queue: (key) => queues.queue(key),
    clock,
  };
  const app = createApp(platform);
  const services = createServices(platform);
  const invoker = createInvoker();

  const created = await services.repos.keyResults.create(aMetricKeyResult());
  const registered = await registerMetricSource(services, { sourceId: 'ci', keyResultIds: ['kr-deploys'] });
  if (!registered.ok || !created.ok) throw new Error('harness set-up failed');
  const secret = registered.value.secret;

  const writes = () => WRITE_PATHS.reduce((sum, path) => sum + (emulator.requests.get(path) ?? 0), 0);
  const dump = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');

  /** Posts `body` (an object is JSON-encoded) signed as the `ci` source unless told otherwise. */
  async function post(body: unknown, options: PostOptions = {}): Promise<WebTriggerResponse> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const signed = signMetricRequest(options.secret ?? secret, text, options.signedAt ?? clock.now());
    const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
    const headers: Record<string, string[]> = {
      ...(contentType === null ? {} : { 'content-type': [contentType] }),
      'x-okr-source': [options.sourceId ?? 'ci'],
      ...Object.fromEntries(Object.entries(signed).map(([name, value]) => [name, [value]])),
      ...options.headers,
    };
    return send({ method: options.method ?? 'POST', headers, body: text });
  }

  /** Sends a request as is, through Forge's web trigger invocation. */
  const send = (request: Partial<WebTriggerRequest> & Pick<WebTriggerRequest, 'method'>) =>
    invoker.webtrigger(app.onMetricsWebtrigger, request);

  return { app, services, clock, emulator, secret, post, send, dump, writes, file };
}

export type MetricsHarness = Awaited<ReturnType<typeof metricsHarness>>;

export const parseBody = (response: WebTriggerResponse): unknown => JSON.parse(response.body ?? '');

/** Every console line written while `run` runs, joined; the console stays quiet meanwhile. */
export async function captureConsole<T>(run: () => Promise<T>): Promise<{ result: T; output: string }> {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => [method, console[method]] as const);
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)))).join(' '));
    };
  }
  try {
    return { result: await run(), output: lines.join('\n') };
  } finally {
    for (const [method, original] of originals) console[method] = original;
  }
}

export const aPost = (overrides: Record<string, unknown> = {}) => ({
  id: 'build-1042',
  keyResultId: 'kr-deploys',
  value: 151,
  ...overrides,
});

/** Keeps the web trigger's log lines out of the test output; captureConsole still sees them. */
export function quietConsole(): void {
  beforeEach(() => {
    for (const method of ['info', 'warn', 'error'] as const) jest.spyOn(console, method).mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());
}

/** A Forge-shaped request for `body`, signed as the `ci` source now: for calling a handler directly. */
export function signedRequest(h: MetricsHarness, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signed = signMetricRequest(h.secret, text, h.clock.now());
  return {
    method: 'POST',
    path: '/',
    queryParameters: {},
    body: text,
    headers: {
      'content-type': ['application/json'],
      'x-okr-source': ['ci'],
      ...Object.fromEntries(Object.entries(signed).map(([name, value]) => [name, [value]])),
    },
  };
}
