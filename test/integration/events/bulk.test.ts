/**
 * A bulk edit: 1,000 issues of one epic transitioned to Done, their events arriving over 50 seconds (a bulk change
 * at 20 issues a second) and the queue running as jobs fall due. Coalescing turns 1,000 events into a few
 * recomputes per affected KR; KRs the epic does not feed are not recomputed at all.
 */
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { createHarness, aJiraKeyResult, anObjective, epic, project, storeOkrs, type Harness } from './support/harness';

const ISSUES = 1_000;
let h: Harness;
let keys: string[];

beforeAll(async () => {
  h = createHarness();
  const { sim } = h;
  sim.addProject({ key: 'BULK', name: 'Bulk', style: 'team-managed' });
  const big = sim.addIssue({ project: 'BULK', type: 'Epic', summary: 'Big' }, { silent: true });
  keys = Array.from(
    { length: ISSUES },
    (_, i) =>
      sim.addIssue({ project: 'BULK', type: 'Story', summary: `S${i}`, parent: big.key, points: 2 }, { silent: true })
        .key,
  );
  const small = sim.addIssue({ project: 'BULK', type: 'Epic', summary: 'Small' }, { silent: true });
  for (let i = 0; i < 10; i += 1)
    sim.addIssue({ project: 'BULK', type: 'Story', summary: `T${i}`, parent: small.key, points: 1 }, { silent: true });
  const bulkProject = sim.project('BULK')!.id;
  await storeOkrs(
    h.services,
    [anObjective('O')],
    [
      aJiraKeyResult('big-count', 'O', 'count', [epic(big.id)]),
      aJiraKeyResult('big-points', 'O', 'points', [epic(big.id)]),
      aJiraKeyResult('project-count', 'O', 'count', [project(bulkProject)]),
      aJiraKeyResult('small-count', 'O', 'count', [epic(small.id)]),
    ],
  );
  await requestRecompute(h.services, ['big-count', 'big-points', 'project-count', 'small-count'], 'manual');
  await h.drain();
}, 60_000);

async function bulk(to: 'Done' | 'To Do') {
  h.runs.length = 0;
  h.sim.meter.reset();
  for (const key of keys) {
    h.clock.advance(50);
    h.sim.transition(key, to);
    await h.deliver();
    await h.deliverDue();
  }
  await h.drain();
  const recomputes = h.runs.reduce((n, r) => n + r.recomputed.length, 0);
  return { recomputes, calls: h.sim.meter.calls, krs: new Set(h.runs.flatMap((r) => r.recomputed)) };
}

test('1,000 transitions: a bounded number of recomputes, each from events alone, to the right numbers', async () => {
  const cold = await bulk('Done');
  expect(cold.recomputes).toBeLessThanOrEqual(20);
  expect([...cold.krs].sort()).toEqual(['big-count', 'big-points', 'project-count']);
  expect(h.runs.every((r) => r.incremental.length === r.recomputed.length)).toBe(true);
  // Never seen before: one bulkfetch each, plus one search for the "To Do" status id.
  expect(cold.calls).toBe(ISSUES + 1);
  const { progress } = h.services.repos;
  expect((await progress.get('big-count'))?.progress).toBe(1);
  expect((await progress.get('big-points'))?.evidence.points).toEqual({ total: 2_000, done: 2_000, unestimated: 0 });
  expect((await progress.get('project-count'))?.evidence.scope).toMatchObject({ issues: 1_010, done: 1_000 });
  expect((await progress.get('small-count'))?.progress).toBe(0);

  // The same issues again: the app knows them now, so the reopening costs no Jira call at all.
  const warm = await bulk('To Do');
  expect(warm.calls).toBe(0);
  expect(warm.recomputes).toBeLessThanOrEqual(20);
  expect((await progress.get('big-count'))?.progress).toBe(0);
}, 120_000);
