import {
  InvalidPushSettingsError,
  InvalidQueueNameError,
  InvocationError,
  InvocationErrorCode,
  NoEventsToPushError,
  PayloadTooBigError,
  TooManyEventsError,
  type AsyncEvent,
} from '@forge/events';
import { functionContext, type FunctionContext } from '../../../sandbox/forge/function-context';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import { createEmulatedQueue } from '../../../sandbox/forge/queue/create-emulated-queue';
import { createQueueRegistry } from '../../../sandbox/forge/queue/queue-registry';
import type { QueuePort } from '../../../src/platform';

describe('emulated async-events queue', () => {
  const setup = (maxRetries?: number) => {
    const clock = createManualClock('2026-03-01T00:00:00.000Z');
    const queue = createEmulatedQueue({
      key: 'rollup-queue',
      clock,
      ...(maxRetries === undefined ? {} : { maxRetries }),
    });
    const seen: Array<{ event: AsyncEvent; context: FunctionContext; at: string }> = [];
    const record = (event: AsyncEvent, context: FunctionContext) => {
      seen.push({ event, context, at: clock.now().toISOString() });
    };
    return { clock, queue, seen, record };
  };

  test('is a QueuePort: push answers a job id', async () => {
    const { queue } = setup();
    const port: QueuePort = queue;
    const { jobId } = await port.push({ body: { keyResultId: 'kr-1' } });
    expect(jobId).toEqual(expect.any(String));
    expect(queue.pending()).toEqual([expect.objectContaining({ jobId, body: { keyResultId: 'kr-1' } })]);
  });

  test('enforces the documented push limits with the package errors', async () => {
    const { queue } = setup();
    await expect(queue.push([])).rejects.toBeInstanceOf(NoEventsToPushError);
    const events = Array.from({ length: 51 }, (_, i) => ({ body: { i } }));
    await expect(queue.push(events)).rejects.toBeInstanceOf(TooManyEventsError);
    await queue.push(events.slice(0, 50));
    await expect(queue.push({ body: { blob: 'x'.repeat(205 * 1024) } })).rejects.toBeInstanceOf(PayloadTooBigError);
    await expect(queue.push({ body: {}, delayInSeconds: 901 })).rejects.toBeInstanceOf(InvalidPushSettingsError);
    await queue.push({ body: {}, delayInSeconds: 900 });
    expect(() => createEmulatedQueue({ key: 'bad name!' })).toThrow(InvalidQueueNameError);
  });

  test('delivers due events in due order with the consumer event and context shape', async () => {
    const { clock, queue, seen, record } = setup();
    const { jobId } = await queue.push([
      { body: { n: 1 }, delayInSeconds: 60 },
      { body: { n: 2 }, concurrency: { key: 'kr-1', limit: 1 } },
    ]);
    await queue.push({ body: { n: 3 } });
    expect(await queue.deliverDue(record)).toEqual({ delivered: 2, succeeded: 2, retried: 0, failed: 0 });
    expect(seen.map(({ event }) => event.body.n)).toEqual([2, 3]);
    expect(seen[0]?.event).toEqual({
      queueName: 'rollup-queue',
      jobId,
      eventId: `${jobId}:1`,
      body: { n: 2 },
      concurrency: { key: 'kr-1', limit: 1 },
    });
    expect(seen[0]?.context).toEqual(functionContext());
    clock.advance(59_000);
    expect((await queue.deliverDue(record)).delivered).toBe(0);
    clock.advance(1_000);
    await queue.deliverDue(record);
    expect(seen.map(({ event }) => event.body.n)).toEqual([2, 3, 1]);
    expect(seen[2]?.event.delayInSeconds).toBe(60);
  });

  test('a throw re-queues the event with a retry count, up to the retry limit', async () => {
    const { clock, queue, seen } = setup(2);
    await queue.push({ body: { n: 1 } });
    const report = await queue.drain(
      (event, context) => {
        seen.push({ event, context, at: clock.now().toISOString() });
        throw new Error('Jira unavailable');
      },
      { clock },
    );
    expect(report).toEqual({ delivered: 3, succeeded: 0, retried: 2, failed: 1 });
    expect(seen.map(({ event }) => event.retryContext?.retryCount)).toEqual([undefined, 1, 2]);
    expect(seen[1]?.event.retryContext?.retryReason).toBe(InvocationErrorCode.FUNCTION_PLATFORM_UNKNOWN_ERROR);
    expect(queue.dead()).toEqual([{ event: expect.objectContaining({ body: { n: 1 } }), error: 'Jira unavailable' }]);
    expect(queue.pending()).toEqual([]);
  });

  test('an InvocationError retries on its own terms', async () => {
    const { clock, queue, seen } = setup();
    await queue.push({ body: { n: 1 } });
    await queue.drain(
      (event, context) => {
        seen.push({ event, context, at: clock.now().toISOString() });
        if (!event.retryContext) {
          return new InvocationError({
            retryAfter: 30,
            retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
            retryData: { cursor: 'abc' },
          });
        }
        return undefined;
      },
      { clock },
    );
    expect(seen.map(({ at }) => at)).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-01T00:00:30.000Z']);
    expect(seen[1]?.event.retryContext).toEqual({
      retryCount: 1,
      retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED',
      retryData: { cursor: 'abc' },
    });
  });

  test('job stats and cancel through the real Queue API', async () => {
    const { queue, record } = setup();
    const { jobId } = await queue.push([{ body: { n: 1 } }, { body: { n: 2 }, delayInSeconds: 10 }]);
    await queue.deliverDue(record);
    expect(await queue.queue.getStats(jobId)).toEqual({ success: 1, inProgress: 1, failed: 0 });
    await queue.queue.cancel(jobId);
    expect(queue.pending()).toEqual([]);
    expect(await queue.queue.getStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  test('each delivery gets its own copy of the body', async () => {
    const { clock, queue } = setup(1);
    await queue.push({ body: { list: [1] } });
    const bodies: unknown[] = [];
    const mutateAndFail = (event: AsyncEvent) => {
      bodies.push(JSON.parse(JSON.stringify(event.body)));
      (event.body.list as number[]).push(2);
      throw new Error('again');
    };
    await queue.drain(mutateAndFail, { clock });
    expect(bodies).toEqual([{ list: [1] }, { list: [1] }]);
  });

  test('a registry hands out one queue per name', async () => {
    const registry = createQueueRegistry({ clock: createManualClock() });
    await registry.queue('okr-recompute').push({ body: { n: 1 } });
    expect(registry.queue('okr-recompute').pending()).toHaveLength(1);
    expect(registry.queue('other').pending()).toHaveLength(0);
    expect(registry.all().map((queue) => queue.key)).toEqual(['okr-recompute', 'other']);
  });
});
