/**
 * An event on an issue the app has never seen, while Jira refuses the one read that would tell its epic and versions:
 * the epic and version KRs it may feed are marked stale with the reason (their last value kept), and refreshed from
 * Jira once it answers again, instead of staying behind with a fresh-looking value until the daily reconcile.
 * Numbers from test/integration/events/support/site.ts.
 */
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { UNREAD_ISSUE_REASON } from '../../../src/usecases/events/unread-issue';
import { createHarness, type Harness } from './support/harness';
import { ALL_KRS, seedSite, storeSiteOkrs } from './support/site';

let h: Harness;

const progress = async (id: string) => {
  const stored = await h.services.repos.progress.get(id);
  if (!stored) throw new Error(`no progress for ${id}`);
  return stored;
};

beforeEach(async () => {
  h = createHarness();
  await storeSiteOkrs(h, seedSite(h));
  await requestRecompute(h.services, ALL_KRS, 'manual');
  await h.drain();
  h.clock.advance(1_000);
  // While Jira answers, an event teaches the app the id of status Done (an unknown status id needs a Jira call too).
  h.sim.transition('TEAM-7', 'Done');
  await h.settle();
  h.clock.advance(1_000);
});

describe('the first read of an issue fails', () => {
  it('marks the epic and version KRs it may feed stale with the reason, keeping their values', async () => {
    h.sim.setRealism({ errorRate: 1 });
    h.sim.transition('TEAM-2', 'Done'); // never seen by the app: its epic (TEAM-1) is unknown without a read
    const [answer] = await h.deliver();
    expect(answer).toMatchObject({ status: 'queued' });

    // count-epic kept 1/4 (TEAM-4 done) and points-epic 2/10: behind Jira's 2/4 and 5/10, and saying so.
    expect(await progress('count-epic')).toMatchObject({
      progress: 0.25,
      stale: true,
      staleReason: UNREAD_ISSUE_REASON,
    });
    expect(await progress('points-epic')).toMatchObject({ progress: 0.2, stale: true });
    // Version KRs may be fed too (the issue's versions are unknown as well).
    expect(await progress('points-version')).toMatchObject({ progress: 0.3, stale: true });
    // A project KR of another project cannot be fed by a TEAM issue: untouched.
    expect(await progress('count-project')).toMatchObject({ progress: 1 / 3, stale: false });
  });

  it('refreshes them from Jira once it answers again: exact values, no stale flag', async () => {
    h.sim.setRealism({ errorRate: 1 });
    h.sim.transition('TEAM-2', 'Done');
    await h.deliver();
    h.sim.setRealism({ errorRate: 0 });
    await h.drain();
    // count-epic: TEAM-2 and TEAM-4 done of TEAM-2,3,4,5 → 2/4. points-epic: done 3 + 2 of 3+5+2 → 5/10.
    expect(await progress('count-epic')).toMatchObject({ progress: 2 / 4, stale: false });
    expect(await progress('points-epic')).toMatchObject({ progress: 5 / 10, stale: false });
    expect(await progress('count-scale')).toMatchObject({ progress: 1, stale: false }); // TEAM-7 done: 1/1
    for (const id of ALL_KRS) expect((await progress(id)).staleReason).toBeUndefined();
  });

  it('a graded KR (its objective closed) is neither marked stale nor refreshed: it keeps its value', async () => {
    const o2 = await h.services.repos.objectives.get('O2');
    if (!o2) throw new Error('no O2');
    expect((await h.services.repos.objectives.update({ ...o2, state: 'closed', grade: 0.4 })).ok).toBe(true);
    h.sim.setRealism({ errorRate: 1 });
    h.sim.transition('TEAM-2', 'Done');
    await h.deliver();
    // points-version (O2) would be marked like count-epic: its 0.3 stays as graded, with no stale flag.
    expect(await progress('points-version')).toMatchObject({ progress: 0.3, stale: false });
    expect(await progress('count-epic')).toMatchObject({ stale: true });
    h.sim.setRealism({ errorRate: 0 });
    await h.drain();
    expect(await progress('points-version')).toMatchObject({ progress: 0.3, stale: false });
  });

  it('an epic the app knows to be in another project keeps its KRs out of it', async () => {
    // The app meets CORE-1 (an epic of CORE) through an event while Jira answers, so it knows its project.
    h.sim.transition('CORE-1', 'In Progress');
    await h.settle();
    h.clock.advance(1_000);
    h.sim.setRealism({ errorRate: 1 });
    h.sim.transition('TEAM-2', 'Done');
    await h.deliver();
    expect(await progress('points-subtasks')).toMatchObject({ stale: false });
    expect(await progress('count-epic')).toMatchObject({ stale: true });
  });
});

describe('the lookup of a status no event has shown yet fails too', () => {
  it('still records the event (no lost trigger): its KRs are marked stale, then refreshed from Jira', async () => {
    h.sim.setRealism({ errorRate: 1 });
    // TEAM-3 was never seen, and no payload has shown the id of In Progress, the status it leaves: both the read of
    // the issue and the search for that status's category fail.
    h.sim.transition('TEAM-3', 'Done');
    const [answer] = await h.deliver();
    expect(answer).toMatchObject({ status: 'queued' });
    expect(await progress('count-epic')).toMatchObject({
      progress: 0.25,
      stale: true,
      staleReason: UNREAD_ISSUE_REASON,
    });

    h.sim.setRealism({ errorRate: 0 });
    await h.drain();
    // count-epic: TEAM-3 and TEAM-4 done of TEAM-2,3,4,5 → 2/4. points-epic: done 5 + 2 of 3+5+2 → 7/10.
    expect(await progress('count-epic')).toMatchObject({ progress: 2 / 4, stale: false });
    expect(await progress('points-epic')).toMatchObject({ progress: 7 / 10, stale: false });
  });
});
