/**
 * Duplicate and out-of-order delivery through the real handlers. A random stream of changes is made in Jira; its
 * events reach the trigger late, shuffled and duplicated, with queue runs in between. Whatever the order, once every
 * event is in, each KR holds exactly what a full refresh from Jira measures.
 */
import fc from 'fast-check';
import type { ForgeIssueEvent } from '../../../sandbox/jira-simulator';
import { recomputeKeyResults } from '../../../src/usecases/recompute/recompute-key-results';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { createHarness } from './support/harness';
import { ALL_KRS, seedSite, storeSiteOkrs } from './support/site';

type Op =
  | { kind: 'status'; key: string; to: 'To Do' | 'In Progress' | 'In Review' | 'Done' }
  | { kind: 'parent'; key: string; to: 'TEAM-1' | 'TEAM-6' | null }
  | { kind: 'points'; key: string; to: number | null }
  | { kind: 'version'; key: string; on: boolean }
  | { kind: 'create'; status: 'To Do' | 'Done'; points: number };

const TEAM_STORIES = ['TEAM-2', 'TEAM-3', 'TEAM-4', 'TEAM-7'];
const CORE_STORIES = ['CORE-2', 'CORE-3', 'CORE-5'];
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      key: fc.constantFrom(...TEAM_STORIES, ...CORE_STORIES, 'TEAM-5', 'CORE-4'),
      to: fc.constantFrom('To Do' as const, 'In Progress' as const, 'In Review' as const, 'Done' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('parent' as const),
      key: fc.constantFrom(...TEAM_STORIES),
      to: fc.constantFrom('TEAM-1' as const, 'TEAM-6' as const, null),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('points' as const),
      key: fc.constantFrom(...TEAM_STORIES, ...CORE_STORIES),
      to: fc.constantFrom(1, 2, 5, 13, null),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('version' as const),
      key: fc.constantFrom(...CORE_STORIES),
      on: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      status: fc.constantFrom('To Do' as const, 'Done' as const),
      points: fc.constantFrom(1, 3),
    }),
  },
);
/** After an op: deliver nothing, some shuffled pending events (maybe twice), or deliver and run the queue. */
const delivery = fc.record({
  deliver: fc.nat({ max: 3 }),
  keys: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  duplicate: fc.boolean(),
  drain: fc.boolean(),
});

const stats = { incremental: 0, fromJira: 0 };
afterAll(() => {
  // Most recomputes must come from events alone, or this test would only show that full refreshes are right.
  expect(stats.incremental).toBeGreaterThan(stats.fromJira);
});

test('shuffled, duplicated, late events end where a full refresh from Jira is', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(op, delivery), { minLength: 1, maxLength: 14 }), async (script) => {
      const h = createHarness();
      await storeSiteOkrs(h, seedSite(h));
      await requestRecompute(h.services, ALL_KRS, 'manual');
      await h.drain();
      const held: ForgeIssueEvent[] = [];
      for (const [change, plan] of script) {
        h.clock.advance(1_000);
        apply(h, change);
        held.push(...h.takeEvents());
        const count = Math.min(held.length, plan.deliver);
        const order = held
          .map((e, i) => ({ e, k: plan.keys[i % plan.keys.length]! * 100 + i }))
          .sort((a, b) => a.k - b.k);
        const now = order.slice(0, count).map((x) => x.e);
        for (const e of now) held.splice(held.indexOf(e), 1);
        await h.deliver(plan.duplicate ? [...now, ...now.reverse()] : now);
        if (plan.drain) await h.drain();
      }
      await h.deliver([...held].reverse());
      await h.deliver(held.slice(0, 2)); // late duplicates after everything
      await h.drain();

      const numbers = async () =>
        Promise.all(
          ALL_KRS.map(async (id) => {
            const p = await h.services.repos.progress.get(id);
            return [id, p?.progress, p?.evidence.scope.issues, p?.evidence.scope.done, p?.evidence.points, p?.stale];
          }),
        );
      const fromEvents = await numbers();
      stats.incremental += h.runs.reduce((n, r) => n + r.incremental.length, 0);
      stats.fromJira += h.runs.slice(1).reduce((n, r) => n + r.recomputed.length - r.incremental.length, 0);
      await recomputeKeyResults(h.services, ALL_KRS);
      expect(fromEvents).toEqual(await numbers());
    }),
    { numRuns: 25 },
  );
}, 60_000);

function apply(h: ReturnType<typeof createHarness>, change: Op): void {
  const { sim } = h;
  switch (change.kind) {
    case 'status':
      return sim.transition(change.key, change.to);
    case 'parent':
      return sim.setParent(change.key, change.to);
    case 'points':
      return sim.updateFields(change.key, { points: change.to });
    case 'version':
      return sim.updateFields(change.key, { fixVersions: change.on ? ['1.0'] : [] });
    case 'create':
      sim.addIssue({
        project: 'TEAM',
        type: 'Story',
        summary: 'New',
        parent: 'TEAM-1',
        points: change.points,
        status: change.status,
      });
  }
}
