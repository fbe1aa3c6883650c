/**
 * The planner, the client stack (jira.js → retries → metering → transport) and the simulator together, over both
 * transports, on a hand-seeded site: every number here is worked out by hand in support/small-site.ts.
 */
import { computeKeyResultProgress } from '../../../src/domain';
import { createJiraClient, executePlan, planRefresh, type JiraClient } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { byId, summarizeAll } from './support/results';
import { EXPECTED, EXPECTED_COST, scenarioKrs, seedSmallSite, T0, type SmallSite } from './support/small-site';
import { TRANSPORTS } from './support/transports';

const clock = { now: () => T0 };

describe.each(TRANSPORTS)('full refresh over $name', (transport) => {
  let site: SmallSite;
  let jira: JiraClient;
  let close: () => Promise<void>;

  beforeEach(async () => {
    site = seedSmallSite({ clock });
    let fetch: JiraFetch;
    ({ fetch, close } = await transport.open(site));
    jira = createJiraClient(fetch, { clock, onSchemaMismatch: 'throw' });
  });

  afterEach(() => close());

  const refresh = () => executePlan(planRefresh(scenarioKrs(site)), jira);

  it('answers every Jira KR with the hand-computed counts and points, and ignores other sources', async () => {
    const results = await refresh();
    expect(results.map((r) => r.krId)).not.toContain('metric');
    expect(summarizeAll(results, site)).toEqual(EXPECTED);
    expect(results.every((r) => r.missingTargets.length === 0)).toBe(true);
    expect(
      results
        .filter((r) => r.measure === 'count')
        .map((r) => r.status === 'ok' && r.measure === 'count' && r.countedBy),
    ).toEqual(Array(5).fill('approximate-count'));
  });

  it('costs exactly the hand-computed calls and points, as both the client and the simulator meter them', async () => {
    site.sim.meter.reset();
    await refresh();
    const client = jira.meter.snapshot();
    expect(client).toMatchObject({ calls: EXPECTED_COST.calls, points: EXPECTED_COST.points, rateLimited: 0 });
    expect(client.byEndpoint).toEqual(EXPECTED_COST.byEndpoint);
    expect({ calls: site.sim.meter.calls, points: site.sim.meter.points }).toEqual({
      calls: EXPECTED_COST.calls,
      points: EXPECTED_COST.points,
    });
    expect(site.sim.meter.byEndpoint).toEqual(EXPECTED_COST.byEndpoint);
  });

  it('counts an issue reached by two targets of one KR once, and says which targets reached it', async () => {
    const results = await refresh();
    const both = byId(results, 'points-epic-and-version');
    if (both.status !== 'ok' || both.measure !== 'points') throw new Error('expected points');
    expect(both.reached.map((r) => [r.target.kind, r.issues.map((i) => site.key(i.id))])).toEqual([
      ['epic', ['CORE-2', 'CORE-3']],
      ['version', ['CORE-2', 'CORE-3', 'CORE-5']],
    ]);
    expect(both.issues).toHaveLength(3);
    // The count KR over an epic and a JQL scope that share TEAM-8: 3, not 4.
    expect(byId(results, 'count-epic-and-jql')).toMatchObject({ counts: { scope: 3, done: 2 } });
  });

  it('includes sub-tasks only in the KRs that ask for them, in both project styles', async () => {
    const results = await refresh();
    const keysOf = (krId: string) => {
      const r = byId(results, krId);
      return r.status === 'ok' && r.measure === 'points' ? r.issues.map((i) => site.key(i.id)) : [];
    };
    expect(keysOf('points-two-epics')).not.toEqual(expect.arrayContaining(['TEAM-4']));
    expect(keysOf('points-two-epics')).not.toContain('CORE-4');
    expect(keysOf('points-epic-subtasks')).toContain('CORE-4');
    expect(byId(results, 'count-epic')).toMatchObject({ counts: { scope: 3 } });
    expect(byId(results, 'count-epic-subtasks')).toMatchObject({ counts: { scope: 4 } });
    // TEAM-4 is a team-managed "Subtask", not a "Sub-task": still left out of a project scope.
    expect(byId(results, 'count-project-team')).toMatchObject({ counts: { scope: 6, done: 4 } });
  });

  it('feeds the rollup engine: progress from counts and from issues', async () => {
    const results = await refresh();
    const count = byId(results, 'count-epic');
    const points = byId(results, 'points-two-epics');
    if (count.status !== 'ok' || count.measure !== 'count' || points.status !== 'ok' || points.measure !== 'points') {
      throw new Error('expected ok results');
    }
    const countProgress = computeKeyResultProgress(
      {
        source: {
          type: 'jira',
          measure: 'count',
          targets: [{ kind: 'epic', issueId: site.id('TEAM-1') }],
          includeSubtasks: false,
        },
      },
      { jira: { kind: 'counts', counts: count.counts } },
    );
    expect(countProgress.progress).toBeCloseTo(2 / 3);
    const pointsProgress = computeKeyResultProgress(
      {
        source: {
          type: 'jira',
          measure: 'points',
          targets: [
            { kind: 'epic', issueId: site.id('TEAM-1') },
            { kind: 'epic', issueId: site.id('CORE-1') },
          ],
          includeSubtasks: false,
        },
      },
      { jira: { kind: 'issues', reached: points.reached } },
    );
    expect(pointsProgress.progress).toBeCloseTo(5 / 18);
    expect(pointsProgress.evidence.points).toEqual({ total: 18, done: 5, unestimated: 1 });
    expect(pointsProgress.evidence.flags).toContain('unestimated-issues');
  });
});
