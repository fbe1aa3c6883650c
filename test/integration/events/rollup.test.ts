/**
 * Event-driven rollup end to end: the real trigger, queue consumer and use cases on the emulated Forge platform and
 * the Jira simulator. Every expected number is worked out by hand from support/site.ts.
 */
import { rollupObjectives } from '../../../src/domain';
import { collectAll } from '../../../src/store';
import { recomputeKeyResults } from '../../../src/usecases/recompute/recompute-key-results';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { aJiraKeyResult, createHarness, storeOkrs, type Harness } from './support/harness';
import { ALL_KRS, seedSite, storeSiteOkrs, type Site } from './support/site';

let h: Harness;
let site: Site;

async function progress(id: string) {
  const stored = await h.services.repos.progress.get(id);
  if (!stored) throw new Error(`no progress for ${id}`);
  return stored;
}

async function objectives() {
  const { repos } = h.services;
  const objs = await Promise.all(['O1', 'O2', 'O3'].map((id) => repos.objectives.get(id)));
  const krs = (
    await Promise.all(['O1', 'O2', 'O3'].map((id) => collectAll((p) => repos.keyResults.listByObjective(id, p))))
  ).flat();
  const stored = await repos.progress.getMany(krs.map((k) => k.id));
  const rolled = rollupObjectives({
    objectives: objs.flatMap((o) => (o ? [o] : [])),
    keyResults: krs,
    keyResultProgress: new Map([...stored].map(([id, p]) => [id, p.progress])),
  });
  return Object.fromEntries([...rolled].map(([id, p]) => [id, p.progress]));
}

/** One change in Jira a second after the last, then its events through the trigger and the queue; Jira calls made. */
async function step(change: () => void): Promise<number> {
  h.clock.advance(1_000);
  h.sim.meter.reset();
  change();
  await h.settle();
  return h.sim.meter.calls;
}

beforeEach(async () => {
  h = createHarness();
  site = seedSite(h);
  await storeSiteOkrs(h, site);
  await requestRecompute(h.services, ALL_KRS, 'manual');
  await h.drain();
});

describe('event-driven rollup', () => {
  it('starts from a full refresh with the hand-computed numbers', async () => {
    expect((await progress('count-epic')).progress).toBeCloseTo(1 / 4);
    expect((await progress('points-epic')).progress).toBeCloseTo(2 / 10);
    expect((await progress('count-project')).progress).toBeCloseTo(1 / 3);
    expect((await progress('points-version')).progress).toBeCloseTo(3 / 10);
    expect((await progress('points-subtasks')).progress).toBeCloseTo(3 / 9);
    expect((await progress('count-scale')).progress).toBe(0);
    // O1 = (1/4·1 + 2/10·3) / 4; O2 = (1/3 + 3/10 + 3/9·2) / 4
    const rolled = await objectives();
    expect(rolled.O1).toBeCloseTo((0.25 + 0.6) / 4);
    expect(rolled.O2).toBeCloseTo((1 / 3 + 0.3 + (2 * 3) / 9) / 4);
  });

  it('follows transitions, re-parenting, creation, estimates, versions and deletion through events alone', async () => {
    // TEAM-2 To Do → In Progress: not done yet, so nothing moves. First sight of TEAM-2 (one bulkfetch) and of the
    // team-managed "To Do" status id (one search): 2 calls, once.
    expect(await step(() => h.sim.transition('TEAM-2', 'In Progress'))).toBe(2);
    expect((await progress('count-epic')).progress).toBeCloseTo(1 / 4);
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 4, done: 1 });

    // TEAM-2 → Done: an issue the app knows, no Jira call. count 2/4; points (2+3)/10.
    expect(await step(() => h.sim.transition('TEAM-2', 'Done'))).toBe(0);
    expect((await progress('count-epic')).progress).toBeCloseTo(2 / 4);
    expect((await progress('points-epic')).progress).toBeCloseTo(5 / 10);

    // TEAM-3 In Progress → Done: first sight of TEAM-3, one bulkfetch. count 3/4; points 10/10.
    expect(await step(() => h.sim.transition('TEAM-3', 'Done'))).toBe(1);
    expect((await progress('count-epic')).progress).toBeCloseTo(3 / 4);
    expect((await progress('points-epic')).progress).toBe(1);
    expect((await objectives()).O1).toBeCloseTo((0.75 + 3) / 4);

    // CORE-2 → Done (global statuses: first sight of the issue and of "To Do" 10000). count-project 2/3; version 8/10;
    // epic CORE-1 with sub-tasks 8/9.
    expect(await step(() => h.sim.transition('CORE-2', 'Done'))).toBe(2);
    expect((await progress('count-project')).progress).toBeCloseTo(2 / 3);
    expect((await progress('points-version')).progress).toBeCloseTo(8 / 10);
    expect((await progress('points-subtasks')).progress).toBeCloseTo(8 / 9);
    expect((await objectives()).O2).toBeCloseTo((2 / 3 + 0.8 + (2 * 8) / 9) / 4);

    // TEAM-7 (8 pts, To Do) moves from epic TEAM-6 to TEAM-1: count-epic 3/5, points 10/18, count-scale 0/0.
    expect(await step(() => h.sim.setParent('TEAM-7', 'TEAM-1'))).toBe(1);
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 5, done: 3 });
    expect((await progress('points-epic')).progress).toBeCloseTo(10 / 18);
    expect((await progress('count-scale')).evidence).toMatchObject({
      scope: { issues: 0 },
      flags: ['no-linked-work', 'no-status-breakdown'],
    });

    // A new done story of 4 pts in TEAM-1: count 4/6; points 14/22.
    await step(() =>
      h.sim.addIssue({ project: 'TEAM', type: 'Story', summary: 'New', parent: 'TEAM-1', points: 4, status: 'Done' }),
    );
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 6, done: 4 });
    expect((await progress('points-epic')).progress).toBeCloseTo(14 / 22);

    // Its estimate 4 → 6: points 16/24, no Jira call.
    expect(await step(() => h.sim.updateFields('TEAM-8', { points: 6 }))).toBe(0);
    expect((await progress('points-epic')).evidence.points).toEqual({ total: 24, done: 16, unestimated: 1 });

    // TEAM-5 (unestimated) is picked up, then deleted: count 4/5; points unchanged, nothing unestimated left.
    await step(() => h.sim.transition('TEAM-5', 'In Progress'));
    expect(await step(() => h.sim.deleteIssue('TEAM-5'))).toBe(0);
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 5, done: 4 });
    expect((await progress('points-epic')).evidence.points).toEqual({ total: 24, done: 16, unestimated: 0 });

    // CORE-5 leaves version 1.0: version KR 8/8.
    await step(() => h.sim.updateFields('CORE-5', { fixVersions: [] }));
    expect((await progress('points-version')).evidence.points).toEqual({ total: 8, done: 8, unestimated: 0 });

    // Sub-task CORE-4 → Done: epic CORE-1 with sub-tasks 9/9 (its epic found through the known parent CORE-2).
    expect(await step(() => h.sim.transition('CORE-4', 'Done'))).toBe(1);
    expect((await progress('points-subtasks')).progress).toBe(1);

    // Every number above came from events: a full refresh from Jira now agrees with all of them.
    const incremental = await Promise.all(ALL_KRS.map(progress));
    await recomputeKeyResults(h.services, ALL_KRS);
    const fromJira = await Promise.all(ALL_KRS.map(progress));
    expect(
      incremental.map((p) => [p.progress, p.evidence.scope.issues, p.evidence.scope.done, p.evidence.points]),
    ).toEqual(fromJira.map((p) => [p.progress, p.evidence.scope.issues, p.evidence.scope.done, p.evidence.points]));
  });

  it('recomputes only the KRs an issue feeds, and only from stored data', async () => {
    await step(() => h.sim.transition('TEAM-2', 'In Progress')); // teaches the team's "In Progress" status
    h.runs.length = 0;
    expect(await step(() => h.sim.transition('TEAM-3', 'Done'))).toBe(1);
    expect(h.runs).toHaveLength(1);
    expect(h.runs[0]?.incremental.sort()).toEqual(['count-epic', 'points-epic']);
    expect(h.runs[0]?.recomputed.sort()).toEqual(['count-epic', 'points-epic']);
  });

  it('ignores changes that cannot move a KR, at no cost', async () => {
    await step(() => h.sim.transition('TEAM-2', 'In Progress'));
    h.runs.length = 0;
    expect(await step(() => h.sim.transition('TEAM-3', 'In Review'))).toBe(0); // still "in progress"
    expect(await step(() => h.sim.updateFields('TEAM-3', { summary: 'Fuel, renamed' }))).toBe(0);
    expect(h.runs).toHaveLength(0);
  });

  it('a status no payload has shown and no issue is in any more: the KRs are measured from Jira instead', async () => {
    // TEAM-3 was the only issue "In Progress": leaving it, nothing can say that status's category but Jira's counts.
    await step(() => h.sim.transition('TEAM-3', 'Done'));
    expect(h.runs.at(-1)).toMatchObject({ incremental: [], recomputed: ['count-epic', 'points-epic'] });
    expect((await progress('count-epic')).progress).toBeCloseTo(2 / 4);
    expect((await progress('points-epic')).progress).toBeCloseTo(7 / 10);
  });

  it('an issue deleted before the app ever saw it: its epic KRs catch up at the daily reconcile', async () => {
    // The deleted event has no parent and the issue cannot be read any more.
    await step(() => h.sim.deleteIssue('TEAM-2'));
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 4, done: 1 });
    await h.app.onDailySchedule();
    await h.drain();
    expect((await progress('count-epic')).evidence.scope).toMatchObject({ issues: 3, done: 1 });
    expect((await progress('points-epic')).progress).toBeCloseTo(2 / 7);
  });

  it('KRs with a JQL scope are refreshed from Jira, at most once per five minutes however many events', async () => {
    await storeOkrs(
      h.services,
      [],
      [aJiraKeyResult('jql-done', 'O3', 'count', [{ kind: 'jql', jql: 'project = TEAM' }])],
    );
    await requestRecompute(h.services, ['jql-done'], 'manual');
    await h.drain();
    expect((await progress('jql-done')).evidence.scope).toMatchObject({ issues: 5, done: 1 }); // TEAM-2,3,4,5,7
    h.runs.length = 0;
    for (const key of ['TEAM-2', 'TEAM-3', 'TEAM-7']) {
      h.clock.advance(10_000);
      h.sim.transition(key, 'Done');
      await h.deliver();
    }
    await h.drain();
    const jqlRuns = h.runs.filter((r) => r.recomputed.includes('jql-done'));
    expect(jqlRuns).toHaveLength(1);
    expect((await progress('jql-done')).evidence.scope).toMatchObject({ issues: 5, done: 4 });
  });

  it('a period-baseline KR is measured from its issues, and refreshed from Jira (not from events) when they change', async () => {
    await storeOkrs(
      h.services,
      [],
      [
        aJiraKeyResult('baseline-kr', 'O3', 'count', [{ kind: 'epic', issueId: site.id('TEAM-1') }], {
          baseline: { mode: 'period' },
        }),
      ],
    );
    await requestRecompute(h.services, ['baseline-kr'], 'manual');
    await h.drain();
    // TEAM-2..5 were created on 2026-10-05, during 2026-Q4: four added; TEAM-4 was done that day (Jira's
    // statuscategorychangedate), so 1 done of 4 during the period.
    const stored = await progress('baseline-kr');
    expect(stored.evidence.baseline).toMatchObject({
      periodId: '2026-Q4',
      openAtStart: 0,
      addedDuringPeriod: 4,
      doneDuringPeriod: 1,
      undated: 0,
    });
    expect(stored.evidence.flags).not.toContain('missing-done-dates');
    expect(stored.progress).toBe(0.25);
    h.runs.length = 0;
    await step(() => h.sim.transition('TEAM-2', 'Done'));
    const run = h.runs.find((r) => r.recomputed.includes('baseline-kr'));
    expect(run?.incremental).not.toContain('baseline-kr');
    // TEAM-2 done today, within the period: 2 of 4.
    expect((await progress('baseline-kr')).progress).toBe(0.5);
  });
});
