/**
 * The benchmark's site builder and naive strategy (bench/lib), on a small shape: deterministic from the seed, and
 * both the planner and the naive strategy answer every KR as the builder's ground truth says.
 */
import { answerFromPlanner, fromIssues, lowerBoundPoints, mismatches } from '../../../bench/lib/check';
import { naiveRefresh } from '../../../bench/lib/naive-refresh';
import { buildSimulatedSite, type SiteShape } from '../../../bench/lib/simulated-site';
import { createJiraClient, executePlan, planRefresh } from '../../../src/jira';

const clock = { now: () => new Date('2026-10-05T09:00:00.000Z') };
const SMALL: Partial<SiteShape> = {
  projects: 3,
  epicsPerProject: 6,
  childrenPerEpic: [0, 12],
  subtaskShare: 0.3,
  looseIssuesPerProject: 10,
  epicKrs: 8,
  epicKrPointsShare: 0.5,
  subtaskKrShare: 0.3,
  projectKrs: [1, 1],
  versionKrs: [1, 1],
  jqlKrs: [1, 1],
};

describe('bench/lib simulated site', () => {
  it('is the same site and portfolio for the same seed', () => {
    const a = buildSimulatedSite({ seed: 7, clock, shape: SMALL });
    const b = buildSimulatedSite({ seed: 7, clock, shape: SMALL });
    expect(b.issues).toEqual(a.issues);
    expect(b.keyResults).toEqual(a.keyResults);
    expect(buildSimulatedSite({ seed: 8, clock, shape: SMALL }).issues).not.toEqual(a.issues);
  });

  it.each([1, 2, 3])(
    'seed %i: planner and naive strategy both match the ground truth; the planner costs less',
    async (seed) => {
      const site = buildSimulatedSite({ seed, clock, shape: SMALL });
      const truth = (kr: (typeof site.keyResults)[number]) => site.truth(kr);
      expect(site.keyResults).toHaveLength(14);

      const planner = createJiraClient(site.sim.asApp(), { clock, onSchemaMismatch: 'throw' });
      const planned = await executePlan(planRefresh(site.keyResults), planner);
      expect(mismatches(site.keyResults, new Map(planned.map((r) => [r.krId, answerFromPlanner(r)])), truth)).toEqual(
        [],
      );

      const naive = createJiraClient(site.sim.asApp(), { clock, onSchemaMismatch: 'throw' });
      const paged = await naiveRefresh(naive.api, site.keyResults);
      expect(mismatches(site.keyResults, new Map(paged.map((r) => [r.krId, fromIssues(r.issues)])), truth)).toEqual([]);

      expect(planner.meter.snapshot().points).toBeLessThan(naive.meter.snapshot().points);
      expect(lowerBoundPoints(site.keyResults, truth)).toBeLessThan(naive.meter.snapshot().points);
    },
  );
});
