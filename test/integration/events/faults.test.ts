/**
 * Bad input and faults through the real handlers: a deleted epic, Jira failing and recovering, hostile payloads.
 * A failed recompute keeps the last good progress and marks it stale; a KR whose epic was deleted says so and keeps
 * its value and history.
 */
import { collectAll } from '../../../src/store';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { createHarness, type Harness } from './support/harness';
import { ALL_KRS, seedSite, storeSiteOkrs, type Site } from './support/site';

let h: Harness;
let site: Site;

const progress = async (id: string) => {
  const stored = await h.services.repos.progress.get(id);
  if (!stored) throw new Error(`no progress for ${id}`);
  return stored;
};

beforeEach(async () => {
  h = createHarness();
  site = seedSite(h);
  await storeSiteOkrs(h, site);
  await requestRecompute(h.services, ALL_KRS, 'manual');
  await h.drain();
  h.clock.advance(1_000);
});

describe('a deleted epic', () => {
  it('is flagged on its KR, which keeps its last value, and its history stays', async () => {
    h.sim.transition('TEAM-7', 'Done');
    await h.settle();
    expect((await progress('count-scale')).progress).toBe(1);
    await h.app.onDailySchedule();
    await h.drain();
    expect(await h.services.repos.snapshots.get('count-scale', '2026-10-05')).toMatchObject({ progress: 1 });

    h.clock.advance(3_600_000);
    h.sim.deleteIssue('TEAM-6'); // TEAM-7 silently loses its parent, as in Jira
    await h.settle();
    const after = await progress('count-scale');
    expect(after).toMatchObject({ progress: 1, stale: false });
    expect(after.evidence.flags).toContain('missing-targets');
    expect(after.evidence.missingTargets).toEqual([
      { target: { kind: 'epic', issueId: site.id('TEAM-6') }, reason: 'not-found' },
    ]);
    const history = await collectAll((p) => h.services.repos.snapshots.listByKeyResult('count-scale', p));
    expect(history.map((s) => [s.date, s.progress])).toEqual([['2026-10-05', 1]]);
    // Other KRs are untouched by it.
    expect((await progress('count-epic')).evidence.flags).not.toContain('missing-targets');
  });
});

describe('Jira failing', () => {
  it('a refresh that fails keeps the last good value, marked stale; the retry after recovery clears it', async () => {
    const before = await progress('points-version');
    h.sim.setRealism({ errorRate: 1 });
    await requestRecompute(h.services, ['points-version', 'count-project'], 'manual');
    expect(h.queued()).toBe(1);
    // Deliver only the first job: its refresh fails and queues a retry in 5 minutes.
    await h.deliverDue();
    const stale = await progress('points-version');
    expect(stale).toMatchObject({ progress: before.progress, stale: true, lastGoodAt: before.asOf });
    expect(stale.staleReason).toMatch(/Jira unavailable/);
    expect(h.runs.at(-1)).toMatchObject({
      stale: ['points-version', 'count-project'],
      retried: ['points-version', 'count-project'],
    });

    h.sim.setRealism({ errorRate: 0 });
    h.sim.transition('CORE-5', 'Done'); // meanwhile in Jira, with no event delivered
    h.takeEvents();
    await h.drain();
    const recovered = await progress('points-version');
    expect(recovered).toMatchObject({ stale: false, progress: 5 / 10 });
    expect(recovered).not.toHaveProperty('staleReason');
  });

  it('gives up retrying after three attempts and leaves the KR stale for the daily reconcile', async () => {
    h.sim.setRealism({ errorRate: 1 });
    await requestRecompute(h.services, ['count-epic'], 'manual');
    await h.drain();
    expect(h.runs.slice(1).map((r) => r.retried.length)).toEqual([1, 1, 1, 0]);
    expect(await progress('count-epic')).toMatchObject({ stale: true, progress: 0.25 });
    h.sim.setRealism({ errorRate: 0 });
    await h.app.onDailySchedule();
    await h.drain();
    expect(await progress('count-epic')).toMatchObject({ stale: false, progress: 0.25 });
  });

  it('events on issues the app knows still update KRs while Jira is down: they need no Jira call', async () => {
    h.sim.transition('TEAM-2', 'In Progress');
    await h.settle();
    h.sim.setRealism({ errorRate: 1 });
    h.sim.meter.reset();
    h.clock.advance(1_000);
    h.sim.transition('TEAM-2', 'Done');
    await h.settle();
    expect(h.sim.meter.calls).toBe(0);
    expect(await progress('count-epic')).toMatchObject({ progress: 0.5, stale: false });
  });
});

describe('bad input', () => {
  const hostile: unknown[] = [
    undefined,
    null,
    'avi:jira:updated:issue',
    { eventType: 'avi:jira:updated:issue' },
    { eventType: 'avi:jira:exploded:issue', issue: { id: '1', fields: { project: { id: '1' } } } },
    { eventType: 'avi:jira:created:issue', issue: { id: '1 OR 1=1', fields: { project: { id: '1' } } } },
    { eventType: 'avi:jira:created:issue', issue: { id: '1', fields: { project: { id: '../../etc' } } } },
    {
      eventType: 'avi:jira:updated:issue',
      issue: { id: '1', fields: { project: { id: '1' } } },
      changelog: { id: 'x', items: [] },
    },
    {
      eventType: 'avi:jira:updated:issue',
      issue: { id: '1', fields: { project: { id: '1' } } },
      changelog: { id: '1', items: 'all' },
    },
    { __proto__: { eventType: 'avi:jira:created:issue' } },
  ];

  it.each(hostile.map((e, i) => [i, e]))('trigger payload #%s is ignored and changes nothing', async (_i, event) => {
    const before = await h.services.repos.jiraMeta.get();
    h.sim.meter.reset();
    await expect(h.app.onIssueEvent(event)).resolves.toMatchObject({ status: 'ignored' });
    expect(h.sim.meter.calls).toBe(0);
    expect(h.queued()).toBe(0);
    expect(await h.services.repos.jiraMeta.get()).toEqual(before);
  });

  it.each([
    ['no body', {}],
    ['no KRs', { body: { keyResultIds: [], reason: 'manual' } }],
    ['an unknown reason', { body: { keyResultIds: ['kr'], reason: 'because' } }],
    ['26 KRs', { body: { keyResultIds: Array.from({ length: 26 }, (_, i) => `kr-${i}`), reason: 'manual' } }],
    ['an oversized id', { body: { keyResultIds: ['x'.repeat(500)], reason: 'manual' } }],
  ])('a recompute job with %s is ignored', async (_what, event) => {
    const before = await progress('count-epic');
    await expect(h.app.onRecompute(event)).resolves.toMatchObject({ status: 'ignored' });
    expect(await progress('count-epic')).toEqual(before);
  });

  it('a job for a KR that no longer exists reports it and touches nothing else', async () => {
    await expect(
      h.app.onRecompute({ body: { keyResultIds: ['gone', 'count-epic'], reason: 'manual' } }),
    ).resolves.toMatchObject({
      failed: ['gone'],
      recomputed: ['count-epic'],
    });
  });
});
