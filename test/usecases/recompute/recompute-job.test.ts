import { createHarness } from '../../integration/events/support/harness';
import {
  EVENTS_PER_PUSH,
  KRS_PER_JOB,
  RecomputeJob,
  requestRecompute,
} from '../../../src/usecases/recompute/recompute-job';
import type { Services } from '../../../src/services';

function pushes(services: Services) {
  const calls: Array<Array<{ body: unknown; delayInSeconds?: number }>> = [];
  const queue = services.recomputeQueue;
  const recording: Services = {
    ...services,
    recomputeQueue: {
      push: (events) => {
        calls.push((Array.isArray(events) ? events : [events]) as never);
        return queue.push(events);
      },
    },
  };
  return { recording, calls };
}

describe('requestRecompute', () => {
  test('issue events: one job per KR per window, later requests coalesce until the job runs', async () => {
    const h = createHarness();
    const { recording, calls } = pushes(h.services);
    expect(await requestRecompute(recording, ['kr-1', 'kr-2'], 'issue-event')).toEqual({
      queued: ['kr-1', 'kr-2'],
      coalesced: [],
    });
    expect(await requestRecompute(recording, ['kr-2', 'kr-3', 'kr-3'], 'issue-event')).toEqual({
      queued: ['kr-3'],
      coalesced: ['kr-2'],
    });
    expect(calls).toEqual([
      [{ body: { keyResultIds: ['kr-1', 'kr-2'], reason: 'issue-event' }, delayInSeconds: 20 }],
      [{ body: { keyResultIds: ['kr-3'], reason: 'issue-event' }, delayInSeconds: 20 }],
    ]);
    // A full refresh is another lane: an edit is not swallowed by a pending event update.
    expect(await requestRecompute(recording, ['kr-1'], 'link-changed')).toEqual({ queued: ['kr-1'], coalesced: [] });
    expect(calls[2]).toEqual([{ body: { keyResultIds: ['kr-1'], reason: 'link-changed' } }]);
  });

  test('the consumer gives the claims back, so the next burst queues again', async () => {
    const h = createHarness();
    await requestRecompute(h.services, ['kr-1'], 'issue-event');
    await h.drain();
    expect(await requestRecompute(h.services, ['kr-1'], 'issue-event')).toEqual({ queued: ['kr-1'], coalesced: [] });
  });

  test('the daily reconcile is not coalesced per KR', async () => {
    const h = createHarness();
    await requestRecompute(h.services, ['kr-1'], 'link-changed');
    expect(await requestRecompute(h.services, ['kr-1'], 'daily')).toEqual({ queued: ['kr-1'], coalesced: [] });
  });

  test(`within the queue's limits: ≤ ${KRS_PER_JOB} KRs a job, ≤ ${EVENTS_PER_PUSH} jobs a push, 200 KB a push`, async () => {
    const h = createHarness();
    const { recording, calls } = pushes(h.services);
    const ids = Array.from({ length: 1_300 }, (_, i) => `kr-${String(i).padStart(4, '0')}-${'x'.repeat(100)}`);
    await requestRecompute(recording, ids, 'manual');
    expect(calls.map((c) => c.length)).toEqual([50, 2]);
    for (const push of calls) {
      expect(Buffer.byteLength(JSON.stringify(push))).toBeLessThan(200 * 1024);
      for (const event of push)
        expect(RecomputeJob.parse(event.body).keyResultIds.length).toBeLessThanOrEqual(KRS_PER_JOB);
    }
    expect(calls.flat().flatMap((e) => RecomputeJob.parse(e.body).keyResultIds)).toEqual(ids);
  });

  test('a failed push gives its claims back, so a retry can queue', async () => {
    const h = createHarness();
    const failing: Services = {
      ...h.services,
      recomputeQueue: { push: () => Promise.reject(new Error('queue down')) },
    };
    await expect(requestRecompute(failing, ['kr-1'], 'issue-event')).rejects.toThrow('queue down');
    expect(await requestRecompute(h.services, ['kr-1'], 'issue-event')).toEqual({ queued: ['kr-1'], coalesced: [] });
  });

  test('nothing to do for no KRs', async () => {
    const h = createHarness();
    expect(await requestRecompute(h.services, [], 'manual')).toEqual({ queued: [], coalesced: [] });
    expect(h.queued()).toBe(0);
  });
});
