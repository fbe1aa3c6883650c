import type { AsyncEvent, JobStats } from '@forge/events';
import type { Body, Concurrency, RetryContext } from '@forge/events/out/types';

/** An event waiting for delivery. `attempt` 0 is the first delivery; retries carry a RetryContext. */
export interface PendingEvent {
  readonly eventId: string;
  readonly jobId: string;
  readonly body: Body;
  readonly delayInSeconds?: number;
  readonly concurrency?: Concurrency;
  readonly dueAt: number;
  readonly sequence: number;
  readonly retryContext?: RetryContext;
}

export interface DeadEvent {
  readonly event: AsyncEvent;
  readonly error: string;
}

export interface QueueState {
  readonly key: string;
  pending: PendingEvent[];
  readonly dead: DeadEvent[];
  readonly jobs: Map<string, JobStats>;
  nextSequence: number;
}

export const createQueueState = (key: string): QueueState => ({
  key,
  pending: [],
  dead: [],
  jobs: new Map(),
  nextSequence: 0,
});

export function jobStats(state: QueueState, jobId: string): JobStats {
  let stats = state.jobs.get(jobId);
  if (!stats) {
    stats = { success: 0, inProgress: 0, failed: 0 };
    state.jobs.set(jobId, stats);
  }
  return stats;
}

/** Deterministic order: due time, then the order events were queued (retries queue anew). */
export const byDueOrder = (a: PendingEvent, b: PendingEvent): number => a.dueAt - b.dueAt || a.sequence - b.sequence;
