import type { Queue } from '@forge/events';
import type { PushRequest } from '@forge/events/out/types';
import { jobStats, type QueueState } from './queue-state';

/** The fetch the real `Queue` is built with (its second constructor argument). */
export type QueueFetch = NonNullable<ConstructorParameters<typeof Queue>[1]>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The async-events service's side of push, stats and cancel. The real `Queue` has already enforced the documented
 * limits (50 events, 200 KB, delay 0–900 s) with its own errors before a request gets here.
 */
export function createQueueFetch(state: QueueState, nowMs: () => number): QueueFetch {
  return async (path, init) => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Partial<PushRequest>;
    if (body.queueName !== state.key) return json(400, { message: `Unknown queue ${String(body.queueName)}` });
    const jobId = String(body.jobId);
    if (path.startsWith('/webhook/queue/publish/')) {
      const events = body.payload ?? [];
      events.forEach((event, index) => {
        state.pending.push({
          eventId: `${jobId}:${index}`,
          jobId,
          body: event.body,
          ...(event.delayInSeconds === undefined ? {} : { delayInSeconds: event.delayInSeconds }),
          ...(event.concurrency === undefined ? {} : { concurrency: event.concurrency }),
          dueAt: nowMs() + (event.delayInSeconds ?? 0) * 1000,
          sequence: state.nextSequence++,
        });
      });
      jobStats(state, jobId).inProgress += events.length;
      return new Response(null, { status: 201 });
    }
    if (!state.jobs.has(jobId)) return new Response(null, { status: 404 });
    if (path.startsWith('/webhook/queue/stats/')) return json(200, jobStats(state, jobId));
    if (path.startsWith('/webhook/queue/cancel/')) {
      const cancelled = state.pending.filter((event) => event.jobId === jobId).length;
      state.pending = state.pending.filter((event) => event.jobId !== jobId);
      jobStats(state, jobId).inProgress -= cancelled;
      return new Response(null, { status: 204 });
    }
    return json(404, { message: `No queue endpoint ${path}` });
  };
}
