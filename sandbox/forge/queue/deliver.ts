import { InvocationErrorCode, type AsyncEvent } from '@forge/events';
import type { RetryContext } from '@forge/events/out/types';
import type { FunctionContext } from '../function-context';
import { byDueOrder, jobStats, type PendingEvent, type QueueState } from './queue-state';

/** A consumer function as the manifest's `consumer` module names it: `(event, context)`. */
export type ConsumerFunction = (event: AsyncEvent, context: FunctionContext) => unknown;

export interface DeliveryReport {
  delivered: number;
  succeeded: number;
  retried: number;
  /** Gave up after the last retry; kept in the queue's `dead` list. */
  failed: number;
}

export interface DeliveryOptions {
  readonly nowMs: number;
  readonly context: FunctionContext;
  readonly maxRetries: number;
}

/** What `new InvocationError(...)` and `QueueResponse.retry()` return: the platform reads `_retry`. */
interface RetryRequest {
  _retry: true;
  retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}

const isRetryRequest = (result: unknown): result is RetryRequest =>
  typeof result === 'object' && result !== null && (result as { _retry?: unknown })._retry === true;

/** Delivers the events due at `nowMs`, one at a time, in due order. Events queued meanwhile wait for the next round. */
export async function deliverDue(
  state: QueueState,
  consumer: ConsumerFunction,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, succeeded: 0, retried: 0, failed: 0 };
  const due = state.pending.filter((event) => event.dueAt <= options.nowMs).sort(byDueOrder);
  state.pending = state.pending.filter((event) => !due.includes(event));
  for (const pending of due) {
    report.delivered += 1;
    const event = asyncEvent(state.key, pending);
    const outcome = await invoke(consumer, event, options.context);
    const stats = jobStats(state, pending.jobId);
    if (outcome.retry === undefined) {
      stats.inProgress -= 1;
      stats.success += 1;
      report.succeeded += 1;
      continue;
    }
    const retryCount = (pending.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > options.maxRetries) {
      stats.inProgress -= 1;
      stats.failed += 1;
      report.failed += 1;
      state.dead.push({ event, error: outcome.error ?? outcome.retry.retryReason });
      continue;
    }
    report.retried += 1;
    state.pending.push({
      ...pending,
      dueAt: options.nowMs + outcome.retryAfterSeconds * 1000,
      sequence: state.nextSequence++,
      retryContext: { ...outcome.retry, retryCount },
    });
  }
  return report;
}

interface Outcome {
  retry?: Omit<RetryContext, 'retryCount'>;
  retryAfterSeconds: number;
  error?: string;
}

/**
 * A returned InvocationError asks for a retry on its own terms; a throw is retried too, after a second, as a
 * platform error (?): the docs describe retries for InvocationError and platform failures, not for app throws.
 */
async function invoke(consumer: ConsumerFunction, event: AsyncEvent, context: FunctionContext): Promise<Outcome> {
  try {
    const result = await consumer(event, context);
    if (!isRetryRequest(result)) return { retryAfterSeconds: 0 };
    const {
      retryAfter = 1,
      retryReason = InvocationErrorCode.FUNCTION_RETRY_REQUEST,
      retryData,
    } = result.retryOptions ?? {};
    return { retry: { retryReason, retryData }, retryAfterSeconds: Math.max(1, retryAfter) };
  } catch (error) {
    return {
      retry: { retryReason: InvocationErrorCode.FUNCTION_PLATFORM_UNKNOWN_ERROR, retryData: undefined },
      retryAfterSeconds: 1,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The event as the consumer receives it: the pushed fields plus queueName, jobId, eventId and retryContext. */
function asyncEvent(queueName: string, pending: PendingEvent): AsyncEvent {
  // Bodies are copied per delivery, as a real delivery deserialises them afresh.
  const body = JSON.parse(JSON.stringify(pending.body)) as AsyncEvent['body'];
  return {
    queueName,
    jobId: pending.jobId,
    eventId: pending.eventId,
    body,
    ...(pending.delayInSeconds === undefined ? {} : { delayInSeconds: pending.delayInSeconds }),
    ...(pending.concurrency === undefined ? {} : { concurrency: pending.concurrency }),
    ...(pending.retryContext === undefined ? {} : { retryContext: pending.retryContext }),
  };
}
