/**
 * Milestones backed by Jira versions, through the real consumer on the simulator: an item with `versionId` is done
 * when Jira says the version is released; a version Jira cannot read keeps the last progress, marked stale.
 */
import { anObjective, createHarness, OWNER, START, storeOkrs } from '../../integration/events/support/harness';
import type { KeyResult } from '../../../src/domain';
import { CreateKeyResultPayload } from '../../../src/entry/schemas/key-results';
import { validatePayload } from '../../../src/entry/schemas/validate';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';

function setUp() {
  const h = createHarness();
  h.sim.addProject({ key: 'REL', name: 'Releases', style: 'company-managed' });
  const shipped = h.sim.addVersion('REL', { name: '1.0', released: true, releaseDate: '2026-10-01' });
  const next = h.sim.addVersion('REL', { name: '2.0' });
  const kr = (id: string, versionIds: string[]): KeyResult => ({
    id,
    objectiveId: 'obj-rel',
    title: `Releases ${id}`,
    ownerIds: [OWNER],
    kind: 'committed',
    weight: 1,
    source: {
      type: 'milestones',
      items: [
        { id: 'm-manual', title: 'Runbook written', done: true },
        ...versionIds.map((versionId, i) => ({ id: `m-v${i}`, title: `Version ${versionId}`, done: false, versionId })),
      ],
    },
    periodId: '2026-Q4',
    version: 0,
    createdAt: START,
    updatedAt: START,
  });
  return { h, shipped, next, kr };
}

describe('version milestones at recompute', () => {
  test('done when released: 2 of 3, then 3 of 3 after the release; the checklist item shows it', async () => {
    const { h, shipped, next, kr } = setUp();
    await storeOkrs(h.services, [anObjective('obj-rel')], [kr('kr-rel', [shipped.id, next.id])]);

    await requestRecompute(h.services, ['kr-rel'], 'manual');
    await h.drain();
    // Manual item done, 1.0 released, 2.0 not: 2 / 3.
    let progress = await h.services.repos.progress.get('kr-rel');
    expect(progress?.progress).toBeCloseTo(2 / 3, 10);
    expect(progress?.evidence.milestones).toEqual({ total: 3, done: 2 });
    expect(progress?.stale).toBe(false);

    h.sim.releaseVersion(next.id, '2026-10-20');
    await requestRecompute(h.services, ['kr-rel'], 'daily');
    await h.drain();
    // All three done: 3 / 3.
    progress = await h.services.repos.progress.get('kr-rel');
    expect(progress?.progress).toBe(1);
    expect(progress?.evidence.milestones).toEqual({ total: 3, done: 3 });
    const stored = await h.services.repos.keyResults.get('kr-rel');
    expect(stored?.source.type === 'milestones' && stored.source.items.map((i) => [i.id, i.done])).toEqual([
      ['m-manual', true],
      ['m-v0', true],
      ['m-v1', true],
    ]);
    // One metered GET /version/{id} per distinct version per refresh: 2 refreshes × 2 versions.
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/version/{id}']).toEqual({ calls: 4, points: 4 });
  });

  test('a version Jira cannot find keeps the last value and marks the KR stale, naming the version', async () => {
    const { h, shipped, kr } = setUp();
    await storeOkrs(h.services, [anObjective('obj-rel')], [kr('kr-rel', [shipped.id])]);
    await requestRecompute(h.services, ['kr-rel'], 'manual');
    await h.drain();
    // Manual done + 1.0 released: 2 / 2.
    expect((await h.services.repos.progress.get('kr-rel'))?.progress).toBe(1);

    const current = await h.services.repos.keyResults.get('kr-rel');
    if (current?.source.type !== 'milestones') throw new Error('fixture');
    const gone = { ...current, source: { ...current.source, items: [...current.source.items] } };
    gone.source.items.push({ id: 'm-gone', title: 'Deleted version', done: false, versionId: '999999' });
    expect((await h.services.repos.keyResults.update(gone)).ok).toBe(true);
    await requestRecompute(h.services, ['kr-rel'], 'manual');
    await h.drain();

    const progress = await h.services.repos.progress.get('kr-rel');
    // Not 2 / 3: the last good value stays, stale.
    expect(progress?.progress).toBe(1);
    expect(progress?.stale).toBe(true);
    expect(progress?.staleReason).toBe(
      'The Jira version 999999 could not be read (it no longer exists or the app may not see it).',
    );
  });

  test('Jira unavailable: the last value stays, stale, and the refresh is queued again', async () => {
    const { h, shipped, kr } = setUp();
    await storeOkrs(h.services, [anObjective('obj-rel')], [kr('kr-rel', [shipped.id])]);
    await requestRecompute(h.services, ['kr-rel'], 'manual');
    await h.drain();

    h.sim.setRealism({ errorRate: 1 });
    await requestRecompute(h.services, ['kr-rel'], 'manual');
    await h.deliverDue();
    const progress = await h.services.repos.progress.get('kr-rel');
    expect(progress).toMatchObject({ progress: 1, stale: true });
    expect(progress?.staleReason).toContain('Jira is not answering');
    expect(h.runs[h.runs.length - 1]?.retried).toEqual(['kr-rel']);
  });
});

describe('a milestone versionId must be a numeric Jira id', () => {
  test('a version key instead of an id is a VALIDATION naming the field', () => {
    const payload = {
      objectiveId: 'obj-rel',
      title: 'Release 2.0 reaches customers',
      kind: 'committed',
      ownerIds: [OWNER],
      weight: 1,
      source: { type: 'milestones', items: [{ id: 'm1', title: 'Ship 2.0', done: false, versionId: 'REL-2.0' }] },
    };
    const result = validatePayload(CreateKeyResultPayload, payload);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fields).toEqual([
      { path: 'source.items.0.versionId', message: 'must be a numeric Jira id, not a key' },
    ]);
    const fixed = {
      ...payload,
      source: { ...payload.source, items: [{ ...payload.source.items[0], versionId: '10201' }] },
    };
    expect(validatePayload(CreateKeyResultPayload, fixed).ok).toBe(true);
  });
});
