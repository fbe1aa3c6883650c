/**
 * History on edit: a KR whose source gains an epic through okr/updateKeyResult gets its history rebuilt like a link
 * does (test/usecases/history/backfill-on-link.test.ts has the same site and its hand-computed days).
 */
import { anObjective, createHarness, OWNER, storeOkrs, type Harness } from '../../integration/events/support/harness';
import type { JiraSimulator } from '../../../sandbox/jira-simulator';
import { collectAll } from '../../../src/store';
import { createKeyResult } from '../../../src/usecases/key-results/create-key-result';
import { updateKeyResult } from '../../../src/usecases/key-results/update-key-result';
import type { Caller } from '../../../src/usecases/objectives/caller';

/** Today is 10 October 2026 (UTC, the default site zone): the backfill writes 1–9 October; today is the daily job's. */
const TODAY = '2026-10-10T18:00:00.000Z';
const day = (d: string) => new Date(`${d}T12:00:00.000Z`);
const caller: Caller = { accountId: OWNER, isAdmin: async () => false };

/**
 * The same site as test/usecases/history/backfill-history.test.ts, by hand, per day 1–10 October:
 * A in progress 25 Sep, done 3 Oct. B created 2 Oct, done 5 Oct. C moved in from the other epic 4 Oct, done 6 Oct.
 * D created done in August. F created without a parent, put under the epic 7 Oct.
 *   scope: 1 Oct A, D = 2; 2 Oct + B = 3; 4 Oct + C = 4; 7 Oct + F = 5.
 *   done:  1 Oct D = 1; 3 Oct + A = 2; 5 Oct + B = 3; 6 Oct + C = 4.
 */
const SCOPE = [2, 3, 3, 4, 4, 4, 5, 5, 5];
const DONE = [1, 1, 2, 2, 3, 4, 4, 4, 4];
const DATES = Array.from({ length: 9 }, (_, i) => `2026-10-0${i + 1}`);

function seedSite(sim: JiraSimulator): { epicId: string; otherEpicId: string } {
  sim.addUser({ accountId: OWNER, displayName: 'Owner', email: 'owner@example.com', apiToken: 't' });
  sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const silent = { silent: true };
  const add = (s: Parameters<JiraSimulator['addIssue']>[0]) => sim.addIssue(s, silent).key;
  const epic = add({ project: 'TEAM', type: 'Epic', summary: 'Scope', created: day('2026-07-01') });
  const other = add({ project: 'TEAM', type: 'Epic', summary: 'Other', created: day('2026-07-01') });
  const child = (summary: string, created: string, parent?: string, status?: 'Done') =>
    add({
      project: 'TEAM',
      type: 'Story',
      summary,
      created: day(created),
      ...(parent ? { parent } : {}),
      ...(status ? { status } : {}),
    });
  const a = child('A', '2026-09-20', epic);
  sim.transition(a, 'In Progress', { at: day('2026-09-25'), silent: true });
  sim.transition(a, 'Done', { at: day('2026-10-03'), silent: true });
  const b = child('B', '2026-10-02', epic);
  sim.transition(b, 'Done', { at: day('2026-10-05'), silent: true });
  const c = child('C', '2026-09-10', other);
  sim.setParent(c, epic, { at: day('2026-10-04'), silent: true });
  sim.transition(c, 'Done', { at: day('2026-10-06'), silent: true });
  child('D', '2026-08-01', epic, 'Done');
  const f = child('F', '2026-09-01');
  sim.setParent(f, epic, { at: day('2026-10-07'), silent: true });
  return { epicId: sim.issue(epic)?.id ?? '', otherEpicId: sim.issue(other)?.id ?? '' };
}

async function snapshotsOf(h: Harness, keyResultId: string) {
  return collectAll((page) => h.services.repos.snapshots.listByKeyResult(keyResultId, page), { limit: 100 });
}

async function setUp() {
  const h = createHarness({ start: TODAY });
  const site = seedSite(h.sim);
  await storeOkrs(h.services, [anObjective('obj-1')], []);
  return { h, ...site };
}

const newKr = (epicId: string) => ({
  objectiveId: 'obj-1',
  title: 'Checkout ships',
  ownerIds: [OWNER],
  kind: 'committed' as const,
  weight: 1,
  source: {
    type: 'jira' as const,
    measure: 'count' as const,
    targets: [{ kind: 'epic' as const, issueId: epicId }],
    includeSubtasks: false,
  },
});

test("adding an epic to a KR's source in an edit queues a backfill: the chart has the new scope's shape at once", async () => {
  const { h, epicId, otherEpicId } = await setUp();
  const created = await createKeyResult(h.services, caller, newKr(otherEpicId));
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.id;
  await h.drain();
  for (const s of await snapshotsOf(h, id)) await h.services.repos.snapshots.delete(id, s.date);

  const source = newKr(otherEpicId).source;
  const edited = await updateKeyResult(h.services, caller, {
    keyResultId: id,
    version: created.value.version,
    source: { ...source, targets: [...source.targets, { kind: 'epic', issueId: epicId }] },
  });
  expect(edited.ok).toBe(true);
  await h.drain();
  // Both epics, as when the epic is linked: C sat under the other epic until 4 October, so scope is one more on
  // 1–3 October than the epic alone (SCOPE); C was done after it moved, so done is the epic's own line (DONE).
  const stored = await snapshotsOf(h, id);
  expect(stored.map((s) => s.date)).toEqual(DATES);
  expect(stored.map((s) => s.scopeIssues)).toEqual(SCOPE.map((n, i) => (i < 3 ? n + 1 : n)));
  expect(stored.map((s) => s.doneIssues)).toEqual(DONE);
});

test('an edit that adds no target queues no backfill: the title changes, the stored history stays as it was', async () => {
  const { h, epicId } = await setUp();
  const created = await createKeyResult(h.services, caller, newKr(epicId));
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.id;
  await h.drain();
  for (const s of await snapshotsOf(h, id)) await h.services.repos.snapshots.delete(id, s.date);

  const edited = await updateKeyResult(h.services, caller, {
    keyResultId: id,
    version: created.value.version,
    title: 'Checkout ships in Q4',
  });
  expect(edited.ok).toBe(true);
  await h.drain();
  expect(await snapshotsOf(h, id)).toEqual([]);
});
