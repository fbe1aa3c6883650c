import { recomputeIncrementally, FOLD_LAG_MS } from '../../../src/usecases/recompute/incremental-recompute';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { createHarness, type Harness } from '../../integration/events/support/harness';
import { ALL_KRS, seedSite, storeSiteOkrs, type Site } from '../../integration/events/support/site';

let h: Harness;
let site: Site;

beforeEach(async () => {
  h = createHarness();
  site = seedSite(h);
  await storeSiteOkrs(h, site);
  await requestRecompute(h.services, ALL_KRS, 'manual');
  await h.drain();
  h.clock.advance(1_000);
  h.sim.transition('TEAM-5', 'In Progress'); // teaches the team's statuses
  await h.settle();
});

const kr = async (id: string) => (await h.services.repos.keyResults.get(id))!;
const meta = () => h.services.repos.jiraMeta.get();

test('folds changes older than the lag into the baseline, so later recomputes read only recent ones', async () => {
  const start = (await h.services.repos.baselines.get('count-epic'))!;
  h.sim.transition('TEAM-2', 'Done');
  await h.settle();
  h.clock.advance(FOLD_LAG_MS + 60_000);
  h.sim.transition('TEAM-3', 'Done');
  await h.deliver();
  const result = await recomputeIncrementally(h.services, await kr('count-epic'), await meta(), h.clock.now());
  expect(result).toMatchObject({ status: 'updated', issuesRead: 3 });
  const folded = (await h.services.repos.baselines.get('count-epic'))!;
  expect(Date.parse(folded.asOf)).toBe(h.clock.now().getTime() - FOLD_LAG_MS);
  // TEAM-2 done and TEAM-5 started are in the baseline now; TEAM-3, done a minute ago, is not yet.
  expect(folded.totals).toEqual({ issues: 4, done: 2 });
  expect(folded.refreshedAt).toBe(start.refreshedAt);
  const again = await recomputeIncrementally(h.services, await kr('count-epic'), await meta(), h.clock.now());
  expect(again).toMatchObject({ status: 'updated', issuesRead: 1 });
  if (again.status === 'updated') expect(again.progress.evidence.scope).toMatchObject({ issues: 4, done: 3 });
});

test('a KR whose targets changed is not updated from a baseline of the old ones', async () => {
  const stored = await kr('count-epic');
  if (stored.source.type !== 'jira') throw new Error('jira KR expected');
  const updated = {
    ...stored,
    source: {
      ...stored.source,
      targets: [...stored.source.targets, { kind: 'epic' as const, issueId: site.id('TEAM-6') }],
    },
  };
  expect((await h.services.repos.keyResults.update(updated)).ok).toBe(true);
  expect(await recomputeIncrementally(h.services, await kr('count-epic'), await meta(), h.clock.now())).toEqual({
    status: 'needs-refresh',
    reason: 'its targets or measure changed',
  });
  // Through the queue, the event lane then refreshes it from Jira: TEAM-2..5 and TEAM-7, one done.
  await h.app.onRecompute({ body: { keyResultIds: ['count-epic'], reason: 'issue-event' } });
  expect((await h.services.repos.progress.get('count-epic'))?.evidence.scope).toMatchObject({ issues: 5, done: 1 });
});

test('no baseline, a JQL scope, or changes that do not add up: refreshed from Jira instead', async () => {
  const jql = {
    ...(await kr('count-epic')),
    id: 'jql-kr',
    source: {
      type: 'jira' as const,
      measure: 'count' as const,
      targets: [{ kind: 'jql' as const, jql: 'labels = okr' }],
      includeSubtasks: false,
    },
  };
  expect(await recomputeIncrementally(h.services, jql, await meta(), h.clock.now())).toMatchObject({
    reason: 'its scope cannot be matched from issue fields',
  });

  await h.services.repos.baselines.delete('count-epic');
  expect(await recomputeIncrementally(h.services, await kr('count-epic'), await meta(), h.clock.now())).toMatchObject({
    reason: 'no baseline',
  });

  const points = (await h.services.repos.baselines.get('points-epic'))!;
  await h.services.repos.baselines.save({
    ...points,
    totals: { ...points.totals, done: 0, points: { total: 10, done: 0, unestimated: 1 } },
  });
  for (const [key, to] of [
    ['TEAM-3', 'Done'],
    ['TEAM-3', 'In Progress'],
    ['TEAM-4', 'To Do'],
  ] as const) {
    h.clock.advance(1_000);
    h.sim.transition(key, to);
  }
  await h.deliver(); // net: one done issue fewer than the doctored baseline has

  expect(await recomputeIncrementally(h.services, await kr('points-epic'), await meta(), h.clock.now())).toMatchObject({
    reason: 'the changes since its baseline do not add up',
  });
});
