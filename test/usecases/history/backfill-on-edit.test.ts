/**
 * History on edit: a KR whose source gains an epic through okr/updateKeyResult gets its history rebuilt like a link
 * does (test/usecases/history/backfill-on-link.test.ts has the same site and its hand-computed days).
 */
import { anObjective, createHarness, OWNER, storeOkrs, type Harness } from '../../integration/events/support/harness';
import type { JiraSimulator } from '../../../sandbox/jira-simulator';
import { DONE_BY_DAY, SCOPE_BY_DAY, seedScopeSite } from './support/scope-site';
import { collectAll } from '../../../src/store';
import { createKeyResult } from '../../../src/usecases/key-results/create-key-result';
import { updateKeyResult } from '../../../src/usecases/key-results/update-key-result';
import type { Caller } from '../../../src/usecases/objectives/caller';

/** Today is 10 October 2026 (UTC, the default site zone): the backfill writes 1–9 October; today is the daily job's. */
const TODAY = '2026-10-10T18:00:00.000Z';
const caller: Caller = { accountId: OWNER, isAdmin: async () => false };

/** The days the backfill writes (1–9 October; today is the daily job's) of support/scope-site.ts. */
const SCOPE = SCOPE_BY_DAY.slice(0, 9);
const DONE = DONE_BY_DAY.slice(0, 9);
const DATES = Array.from({ length: 9 }, (_, i) => `2026-10-0${i + 1}`);

function seedSite(sim: JiraSimulator): { epicId: string; otherEpicId: string } {
  sim.addUser({ accountId: OWNER, displayName: 'Owner', email: 'owner@example.com', apiToken: 't' });
  const { epicId, otherEpicId } = seedScopeSite(sim);
  return { epicId, otherEpicId };
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
