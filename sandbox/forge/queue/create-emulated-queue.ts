import { Queue, type AsyncEvent } from '@forge/events';
import type { Clock, QueuePort } from '../../../src/platform';
import { functionContext, type FunctionContext } from '../function-context';
import type { ManualClock } from '../manual-clock';
import { deliverDue, type ConsumerFunction, type DeliveryReport } from './deliver';
import { createQueueState, type DeadEvent, type PendingEvent } from './queue-state';
import { createQueueFetch } from './queue-wire';

export interface EmulatedQueueOptions {
  /** The queue name, as in the manifest's `consumer` module. */
  readonly key: string;
  readonly clock?: Clock;
  /** (?) Retries after the first delivery before an event is given up: the docs' figure is taken as 4. */
  readonly maxRetries?: number;
  /** Passed to consumers as their second argument. */
  readonly context?: FunctionContext;
}

export interface EmulatedQueue extends QueuePort {
  readonly key: string;
  /** The real `Queue` (push, getJob, getStats, cancel) bound to this emulation. */
  readonly queue: Queue;
  pending(): readonly PendingEvent[];
  dead(): readonly DeadEvent[];
  /** Delivers what is due now, once each; a consumer's throw or InvocationError re-queues the event. */
  deliverDue(consumer: ConsumerFunction): Promise<DeliveryReport>;
  /**
   * Delivers until nothing is pending. With a manual clock it jumps to each next due time (delays, retries);
   * otherwise it stops when nothing is due yet.
   */
  drain(consumer: ConsumerFunction, options?: { clock?: ManualClock; maxRounds?: number }): Promise<DeliveryReport>;
}

const systemClock: Clock = { now: () => new Date() };

/** The real `@forge/events` Queue over an in-process async-events service with deterministic delivery. */
export function createEmulatedQueue(options: EmulatedQueueOptions): EmulatedQueue {
  const clock = options.clock ?? systemClock;
  const context = options.context ?? functionContext();
  const maxRetries = options.maxRetries ?? 4;
  const state = createQueueState(options.key);
  const queue = new Queue(
    { key: options.key },
    createQueueFetch(state, () => clock.now().getTime()),
  );
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  const deliverNow = (consumer: ConsumerFunction, nowMs: number) =>
    deliverDue(state, consumer, { nowMs, context, maxRetries });

  return {
    key: options.key,
    queue,
    push: (events) => queue.push(events),
    pending: () => copy([...state.pending]),
    dead: () => copy([...state.dead]),
    deliverDue: (consumer) => deliverNow(consumer, clock.now().getTime()),
    async drain(consumer, { clock: manual, maxRounds = 1000 } = {}) {
      const total: DeliveryReport = { delivered: 0, succeeded: 0, retried: 0, failed: 0 };
      for (let round = 0; round < maxRounds && state.pending.length > 0; round += 1) {
        const now = (manual ?? clock).now().getTime();
        const next = Math.min(...state.pending.map((event) => event.dueAt));
        if (next > now) {
          if (!manual) break;
          manual.set(new Date(next));
        }
        const report = await deliverNow(consumer, Math.max(now, next));
        for (const field of Object.keys(total) as Array<keyof DeliveryReport>) total[field] += report[field];
      }
      return total;
    },
  };
}

export type { AsyncEvent, ConsumerFunction, DeliveryReport };
