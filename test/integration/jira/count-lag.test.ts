/**
 * approximate-count is eventually consistent: it answers from Jira's search index, which lags writes. With the
 * simulator's approximateCountLagMs, counts lag the change and then converge, while paged searches (points KRs)
 * see the present at once.
 */
import { createJiraClient, executePlan, planRefresh } from '../../../src/jira';
import { summarizeAll } from './support/results';
import { epic, jiraKr, seedSmallSite, T0 } from './support/small-site';

describe('approximate-count lag', () => {
  it('counts lag a change by approximateCountLagMs, then converge; searches see it at once', async () => {
    let now = T0.getTime();
    const clock = { now: () => new Date(now) };
    const site = seedSmallSite({ clock, realism: { approximateCountLagMs: 60_000 } });
    const krs = [
      jiraKr('count-epic', 'count', [epic(site, 'TEAM-1')]),
      jiraKr('count-epic-subtasks', 'count', [epic(site, 'TEAM-1')], true),
      jiraKr('points-epic', 'points', [epic(site, 'TEAM-1')]),
    ];
    const jira = createJiraClient(site.sim.asApp(), { clock, onSchemaMismatch: 'throw' });
    const refresh = async () => summarizeAll(await executePlan(planRefresh(krs), jira), site);

    now += 120_000; // the seeded state is indexed
    expect(await refresh()).toEqual({
      'count-epic': { scope: 3, done: 2 },
      'count-epic-subtasks': { scope: 4, done: 3 },
      'points-epic': { keys: ['TEAM-2', 'TEAM-3', 'TEAM-5'], total: 8, done: 3 },
    });

    site.sim.transition('TEAM-3', 'Done');
    site.sim.addIssue({ project: 'TEAM', type: 'Story', summary: 'Late', parent: 'TEAM-1', points: 2 }); // TEAM-10
    const changed = {
      'count-epic': { scope: 4, done: 3 },
      'count-epic-subtasks': { scope: 5, done: 4 },
      'points-epic': { keys: ['TEAM-10', 'TEAM-2', 'TEAM-3', 'TEAM-5'], total: 10, done: 8 },
    };
    const lagging = { ...changed, 'count-epic': { scope: 3, done: 2 }, 'count-epic-subtasks': { scope: 4, done: 3 } };

    expect(await refresh()).toEqual(lagging);
    now += 59_999;
    expect(await refresh()).toEqual(lagging);
    now += 1;
    expect(await refresh()).toEqual(changed);
  });
});
