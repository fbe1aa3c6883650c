import type { Clock } from '../../../src/platform';
import type { FunctionContext } from '../function-context';
import { createEmulatedQueue, type EmulatedQueue } from './create-emulated-queue';

export interface QueueRegistry {
  /** The queue of this name, created on first use: fits `Platform.queue(key)`. */
  queue(key: string): EmulatedQueue;
  all(): readonly EmulatedQueue[];
}

/** One emulated queue per name, as Forge has one per `consumer` module's `queue`. */
export function createQueueRegistry(
  options: { clock?: Clock; context?: FunctionContext; maxRetries?: number } = {},
): QueueRegistry {
  const queues = new Map<string, EmulatedQueue>();
  return {
    queue(key) {
      let queue = queues.get(key);
      if (!queue) {
        queue = createEmulatedQueue({ ...options, key });
        queues.set(key, queue);
      }
      return queue;
    },
    all: () => [...queues.values()],
  };
}
