/**
 * Issue 9, part 4: concurrency. A check-in that sets a metric KR's value races the recompute consumer: the consumer
 * has read the KR and computed its progress when the check-in saves the new value and its progress; then the
 * consumer writes. The stored progress must end as the KR's stored value says (no lost update, no torn pair of KR
 * and progress), in every interleaving tried. Two editors of one KR (CONFLICT to the loser):
 * test/integration/resolvers/key-results.test.ts and objectives.test.ts.
 */
import { RESOLVER_KEYS as K, type Written } from '../../src/contract';
import { computeKeyResultProgress } from '../../src/domain';
import { RECOMPUTE_QUEUE, type Services } from '../../src/services';
import { createRepositories, ENTITY } from '../../src/store';
import { requestRecompute } from '../../src/usecases/recompute/recompute-job';
import {
  ANN,
  createHarness,
  krInput,
  metricSource,
  objectiveInput,
  type Harness,
} from '../integration/resolvers/support/harness';
import { figure } from './support/figures';

const PART = '4 concurrency';

/** Runs `during` once, just before the n-th progress write from now (the consumer's), then lets that write go on. */
function beforeProgressWrite(h: Harness, n: number, during: () => Promise<void>) {
  const entity = h.kvs.entity.bind(h.kvs);
  let writes = 0;
  let done = false;
  h.kvs.entity = ((name: string) => {
    const real = entity(name);
    if (name !== ENTITY.progress) return real;
    return new Proxy(real, {
      get(target, prop, receiver) {
        if (prop !== 'set') return Reflect.get(target, prop, receiver) as unknown;
        return async (...args: Parameters<typeof target.set>) => {
          writes += 1;
          if (!done && writes === n) {
            done = true;
            await during();
          }
          return target.set(...args);
        };
      },
    });
  }) as typeof h.kvs.entity;
}

async function race(value: number) {
  const h = createHarness();
  const objective = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
  const kr = await h.data<Written>(
    K.createKeyResult,
    krInput(objective.id, { source: { ...metricSource, target: 100 } }),
    ANN.accountId,
  );
  await h.drainRecomputes();
  const services = {
    repos: createRepositories(h.kvs),
    clock: h.clock,
    recomputeQueue: h.queues.queue(RECOMPUTE_QUEUE),
  } as unknown as Services;
  await requestRecompute(services, [kr.id], 'manual');
  let checkIn: unknown;
  beforeProgressWrite(h, 1, async () => {
    checkIn = await h.call(
      K.recordCheckIn,
      { keyResultId: kr.id, confidence: 'high', note: 'up', value },
      ANN.accountId,
    );
  });
  await h.drainRecomputes();
  const repos = createRepositories(h.kvs);
  const stored = await repos.keyResults.get(kr.id);
  const progress = await repos.progress.get(kr.id);
  return { checkIn, stored, progress };
}

const results: Awaited<ReturnType<typeof race>>[] = [];

beforeAll(async () => {
  for (const value of [10, 40, 60, 100]) results.push(await race(value));
  const lost = results.filter(
    (r) => r.stored && r.progress && r.progress.progress !== computeKeyResultProgress(r.stored).progress,
  ).length;
  figure(PART, 'check-in racing a recompute', 'races run', results.length);
  figure(PART, 'check-in racing a recompute', 'lost updates (progress ≠ stored value)', lost, '0');
});

it('the check-in is accepted while the recompute runs', () => {
  for (const r of results) expect(r.checkIn).toMatchObject({ ok: true });
});

it('no lost update: stored progress matches the stored value after every race', () => {
  for (const r of results) {
    expect(r.stored).toBeDefined();
    expect(r.progress?.progress).toBe(computeKeyResultProgress(r.stored!).progress);
    expect(r.progress?.stale).toBe(false);
  }
});
