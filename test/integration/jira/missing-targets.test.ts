/**
 * Epics that no longer resolve are reported as missing, never folded silently into a zero. The simulator cannot
 * change an issue's type or move it between projects, so a re-typed epic is a KR pointing at what is now a story,
 * and a moved epic is one the reader can no longer see (Jira answers both the same way: bulkfetch leaves the issue
 * out, or returns it at hierarchy level 0).
 */
import { createJiraClient, executePlan, planRefresh, type KrRefreshResult } from '../../../src/jira';
import { recordExchanges } from './support/recording-transport';
import { byId, summarizeAll } from './support/results';
import { BOB, epic, jiraKr, seedSmallSite, T0, type SmallSite } from './support/small-site';

const clock = { now: () => T0 };

function refresh(site: SmallSite, krs: Parameters<typeof planRefresh>[0], fetch = site.sim.asApp()) {
  return executePlan(planRefresh(krs), createJiraClient(fetch, { clock, onSchemaMismatch: 'throw' }));
}

function missing(result: KrRefreshResult) {
  return result.missingTargets.map((m) => ({ kind: m.target.kind, reason: m.reason }));
}

describe('a deleted epic', () => {
  const krs = (site: SmallSite) => [
    jiraKr('count-doomed', 'count', [epic(site, 'CORE-6')]),
    jiraKr('count-doomed-and-platform', 'count', [epic(site, 'CORE-6'), epic(site, 'CORE-1')]),
    jiraKr('points-doomed', 'points', [epic(site, 'CORE-6')]),
    jiraKr('points-doomed-and-platform', 'points', [epic(site, 'CORE-6'), epic(site, 'CORE-1')]),
    jiraKr('count-project-core', 'count', [{ kind: 'project', projectId: site.projectId('CORE') }]),
  ];

  it('is reported missing (not-found) and left out of the JQL; the live targets are still measured', async () => {
    const site = seedSmallSite({ clock });
    expect(summarizeAll(await refresh(site, krs(site)), site)).toMatchObject({
      'count-doomed': { scope: 1, done: 0 },
      'points-doomed': { keys: ['CORE-7'], total: 1, done: 0 },
    });

    const doomedId = site.id('CORE-6');
    site.sim.deleteIssue('CORE-6');
    const { fetch, exchanges } = recordExchanges(site.sim.asApp(), clock);
    const results = await refresh(site, krs(site), fetch);

    expect(summarizeAll(results, site)).toEqual({
      'count-doomed': { scope: 0, done: 0 },
      // CORE-1's children only: CORE-2, CORE-3 (done).
      'count-doomed-and-platform': { scope: 2, done: 1 },
      'points-doomed': { keys: [], total: 0, done: 0 },
      'points-doomed-and-platform': { keys: ['CORE-2', 'CORE-3'], total: 10, done: 2 },
      // CORE-7 lost its parent but is still CORE work: CORE-2, 3, 5, 7, 8; done CORE-3, CORE-5.
      'count-project-core': { scope: 5, done: 2 },
    });
    for (const krId of ['count-doomed', 'count-doomed-and-platform', 'points-doomed', 'points-doomed-and-platform']) {
      expect(missing(byId(results, krId))).toEqual([{ kind: 'epic', reason: 'not-found' }]);
    }
    expect(byId(results, 'count-project-core').missingTargets).toEqual([]);
    // Only the existence checks name the deleted epic: the epic count, which falls short, then the read by id.
    const naming = exchanges.filter((e) => new RegExp(`\\b${doomedId}\\b`).test(e.call));
    expect(naming.map((e) => e.call.split(' ')[1])).toEqual([
      '/rest/api/3/search/approximate-count',
      '/rest/api/3/issue/bulkfetch',
    ]);
    expect(naming[0]?.call).toContain('"jql":"id in (');
  });
});

describe('a re-typed or moved epic', () => {
  it('an epic target that is now a story is reported as not-an-epic, and its issues are not counted', async () => {
    const site = seedSmallSite({ clock });
    // CORE-8 is a story: what an epic re-typed to a story looks like to the app.
    const results = await refresh(site, [
      jiraKr('count-retyped', 'count', [epic(site, 'CORE-8')]),
      jiraKr('points-retyped-and-scale', 'points', [epic(site, 'CORE-8'), epic(site, 'TEAM-6')]),
    ]);
    expect(summarizeAll(results, site)).toEqual({
      'count-retyped': { scope: 0, done: 0 },
      'points-retyped-and-scale': { keys: ['TEAM-7', 'TEAM-8'], total: 10, done: 2 },
    });
    expect(missing(byId(results, 'count-retyped'))).toEqual([{ kind: 'epic', reason: 'not-an-epic' }]);
    expect(missing(byId(results, 'points-retyped-and-scale'))).toEqual([{ kind: 'epic', reason: 'not-an-epic' }]);
  });

  it('an epic moved out of what the reader may see is reported as not-found for that reader only', async () => {
    const site = seedSmallSite({ clock });
    const krs = [jiraKr('points-platform', 'points', [epic(site, 'CORE-1')])];
    const forBob = await refresh(site, krs, site.sim.asUser(BOB.accountId));
    expect(summarizeAll(forBob, site)).toEqual({ 'points-platform': { keys: [], total: 0, done: 0 } });
    expect(missing(byId(forBob, 'points-platform'))).toEqual([{ kind: 'epic', reason: 'not-found' }]);
    const forApp = await refresh(site, krs);
    expect(missing(byId(forApp, 'points-platform'))).toEqual([]);
    expect(summarizeAll(forApp, site)).toEqual({
      'points-platform': { keys: ['CORE-2', 'CORE-3'], total: 10, done: 2 },
    });
  });

  it('children re-parented away from an epic leave its scope; the epic itself is still there (a real zero)', async () => {
    const site = seedSmallSite({ clock });
    site.sim.setParent('TEAM-7', 'TEAM-1');
    site.sim.setParent('TEAM-8', 'TEAM-1');
    const results = await refresh(site, [
      jiraKr('count-scale', 'count', [epic(site, 'TEAM-6')]),
      jiraKr('count-launch', 'count', [epic(site, 'TEAM-1')]),
    ]);
    expect(summarizeAll(results, site)).toEqual({
      'count-scale': { scope: 0, done: 0 },
      // TEAM-2, 3, 5 + TEAM-7, TEAM-8; done TEAM-2, 5, 8.
      'count-launch': { scope: 5, done: 3 },
    });
    expect(results.every((r) => r.missingTargets.length === 0)).toBe(true);
  });
});
