/**
 * A small Q4 2026 portfolio in the emulated kvs (with its request counter), stored progress and daily snapshots, on
 * 2026-11-16 (UTC): day 46 of the quarter's 92, so a committed KR is expected at exactly 46/92 = 0.5, an aspirational
 * one at 0.5 × 0.7 = 0.35. The window for highlights is 11-10 … 11-16.
 *
 *   "Grow the business" (company)                 kr-revenue 0.60, stale (a failed refresh)
 *     "Payments just work" (team Payments)        kr-checkout 1.00 (0.80 until 11-11, 1.00 from 11-12): done 11-12
 *                                                 kr-refunds 0.45 (0.20 until 11-14, 0.45 from 11-15): recovered 11-15
 *     "Faster web" (team Web)                     kr-latency 0.08 aspirational; kr-pages 0.30
 *   "Legacy migration" (team Web, abandoned)      kr-legacy 1.00 (0.50 on 11-09): done this week, but abandoned
 */
import { createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import { createQueueRegistry } from '../../../sandbox/forge/queue/queue-registry';
import { createJiraSimulator } from '../../../sandbox/jira-simulator';
import { addDays, type KeyResult, type KrProgress, type Objective } from '../../../src/domain';
import type { Platform } from '../../../src/platform';
import { createServices } from '../../../src/services';
import { ENTITIES } from '../../../src/store';

export const NOW = '2026-11-16T09:00:00.000Z';
export const ANN = { accountId: 'acc-ann', displayName: 'Ann Owner', email: 'ann@example.com', apiToken: 't-ann' };

const T0 = '2026-10-01T09:00:00.000Z';

const objective = (id: string, title: string, more: Partial<Objective>): Objective => ({
  id,
  title,
  periodId: '2026-Q4',
  level: 'team',
  ownerIds: [ANN.accountId],
  state: 'active',
  version: 0,
  createdAt: T0,
  updatedAt: T0,
  ...more,
});

const keyResult = (id: string, objectiveId: string, title: string, more: Partial<KeyResult> = {}): KeyResult => ({
  id,
  objectiveId,
  title,
  ownerIds: [ANN.accountId],
  kind: 'committed',
  weight: 1,
  source: { type: 'milestones', items: [{ id: 'm1', title: 'Step', done: false }] },
  periodId: '2026-Q4',
  version: 0,
  createdAt: T0,
  updatedAt: T0,
  ...more,
});

export const OBJECTIVES = [
  objective('obj-co', 'Grow the business', { level: 'company' }),
  objective('obj-pay', 'Payments just work', {
    team: 'Payments',
    parent: { objectiveId: 'obj-co', contributionWeight: 1 },
  }),
  objective('obj-web', 'Faster web', { team: 'Web', parent: { objectiveId: 'obj-co', contributionWeight: 1 } }),
  objective('obj-old', 'Legacy migration', { team: 'Web', state: 'abandoned' }),
];

export const KEY_RESULTS = [
  keyResult('kr-revenue', 'obj-co', 'Revenue per customer up 10%'),
  keyResult('kr-checkout', 'obj-pay', 'Checkout conversion at 4%'),
  keyResult('kr-refunds', 'obj-pay', 'Refunds settled in a day'),
  keyResult('kr-latency', 'obj-web', 'Pages load under 1 s', { kind: 'aspirational' }),
  keyResult('kr-pages', 'obj-web', 'Every page on the new stack'),
  keyResult('kr-legacy', 'obj-old', 'Old stack switched off'),
];

/** Today's stored progress and the snapshots by day (`MM-DD`: progress) that the daily job took. */
const HISTORY: Record<string, { today: number; stale?: boolean; daily: Record<string, number> }> = {
  'kr-revenue': { today: 0.6, stale: true, daily: { '11-09': 0.6 } },
  'kr-checkout': { today: 1, daily: { '11-09': 0.8, '11-11': 0.8, '11-12': 1, '11-15': 1 } },
  'kr-refunds': { today: 0.45, daily: { '11-09': 0.2, '11-14': 0.2, '11-15': 0.45 } },
  'kr-latency': { today: 0.08, daily: { '11-09': 0.08 } },
  'kr-pages': { today: 0.3, daily: { '11-09': 0.3 } },
  'kr-legacy': { today: 1, daily: { '11-09': 0.5, '11-13': 1 } },
};

export function progressOf(keyResultId: string, progress: number, stale = false): KrProgress {
  return {
    keyResultId,
    progress,
    evidence: {
      sourceType: 'milestones',
      scope: { issues: 0, todo: 0, inProgress: 0, done: 0 },
      milestones: { total: 20, done: Math.round(progress * 20) },
      emptyScope: false,
      flags: [],
    },
    asOf: stale ? '2026-11-15T09:00:00.000Z' : NOW,
    stale,
    ...(stale ? { staleReason: 'Jira did not answer the last refresh.', lastGoodAt: '2026-11-15T09:00:00.000Z' } : {}),
  };
}

export async function reportFixture() {
  const clock = createManualClock(NOW);
  const sim = createJiraSimulator({ seed: 7, clock });
  sim.addUser({ ...ANN, browseProjectIds: 'all' });
  const emulator = createKvsEmulator({ entities: ENTITIES, clock });
  const queues = createQueueRegistry({ clock });
  const platform: Platform = {
    kvs: emulator.kvs,
    jira: sim,
    queue: (key) => queues.queue(key),
    clock,
    sleep: async (ms) => clock.advance(ms),
  };
  const services = createServices(platform);
  const { repos } = services;
  for (const o of OBJECTIVES) if (!(await repos.objectives.create(o)).ok) throw new Error(`objective ${o.id}`);
  for (const kr of KEY_RESULTS) if (!(await repos.keyResults.create(kr)).ok) throw new Error(`key result ${kr.id}`);
  for (const [id, h] of Object.entries(HISTORY)) {
    await repos.progress.save(progressOf(id, h.today, h.stale));
    for (const [day, progress] of Object.entries(h.daily)) {
      await repos.snapshots.save({ keyResultId: id, date: `2026-${day}`, progress, scopeIssues: 0, doneIssues: 0 });
    }
  }
  // A snapshot of another day outside the window, to show it is not read.
  await repos.snapshots.save({
    keyResultId: 'kr-pages',
    date: addDays('2026-11-09', -1),
    progress: 0.3,
    scopeIssues: 0,
    doneIssues: 0,
  });
  return { services, sim, clock, emulator };
}

/** Entity queries the emulated kvs served so far. */
export const entityQueries = (emulator: { requests: ReadonlyMap<string, number> }): number =>
  emulator.requests.get('/api/v1/entity/query') ?? 0;
