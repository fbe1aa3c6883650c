import { createHash } from 'node:crypto';
import { computeKeyResultProgress, freshProgress, type KeyResult, type MetricSource } from '../../domain';
import type { Services } from '../../services';
import type { MetricReceipt, MetricSourceRecord } from '../../store';
import { isFinal } from '../objectives/load-editable';
import { metricsFailure, type MetricsOutcome } from './failure';
import { METRICS_LIMITS } from './limits';

/** A value posted by a metric source, as validated by the web trigger. */
export interface MetricPost {
  /** The client's idempotency id: the same id and body answer the first answer again. */
  id: string;
  keyResultId: string;
  value: number;
  /** When the value was measured; the progress is as of then. Default: now. */
  at?: string;
  note?: string;
}

export interface RecordMetricValueInput {
  /** The source the request was authenticated as. */
  source: MetricSourceRecord;
  /** The request's signature (hex), remembered so the same signed request is not accepted twice. */
  signature: string;
  post: MetricPost;
}

export interface RecordedMetricValue {
  keyResultId: string;
  progress: number;
  /** True when this answers an id accepted before, without writing again. */
  repeated: boolean;
}

type MetricKeyResult = KeyResult & { source: MetricSource };

/**
 * Sets a metric key result's current value and stores its recomputed progress. Everything that can refuse the post
 * is checked by reading only; then the signature and the request id are claimed (one winner among concurrent
 * requests); then the key result is written. A refusal after the claims releases them, so a refused post leaves
 * storage as it found it.
 */
export async function recordMetricValue(
  services: Pick<Services, 'repos' | 'clock'>,
  input: RecordMetricValueInput,
): Promise<MetricsOutcome<RecordedMetricValue>> {
  const { source, signature, post } = input;
  const { sourceId } = source;
  const ledger = services.repos.metricRequests;
  const now = services.clock.now();

  if (!source.keyResultIds.includes(post.keyResultId)) {
    return metricsFailure('FORBIDDEN', 'This source may not write to this key result.');
  }
  const digest = postDigest(post);
  const earlier = await ledger.getReceipt(sourceId, post.id, now);
  if (earlier) return answerAgain(earlier, digest);
  const found = asMetricKeyResult(await services.repos.keyResults.get(post.keyResultId));
  if (!found.ok) return found;
  // A graded KR is the record of what happened: a CI job still posting after period close must not move it.
  const objective = await services.repos.objectives.get(found.value.objectiveId);
  if (objective && isFinal(objective)) {
    return metricsFailure('CLOSED', `The key result's objective is ${objective.state}: its value no longer changes.`);
  }

  if (!(await ledger.claimSignature(sourceId, signature, now, METRICS_LIMITS.signatureTtlSeconds))) {
    return metricsFailure('REPLAYED', 'This signature was used already.');
  }
  if (!(await ledger.claimReceipt(sourceId, post.id, digest, now, METRICS_LIMITS.pendingTtlSeconds))) {
    await ledger.releaseSignature(sourceId, signature);
    const winner = await ledger.getReceipt(sourceId, post.id, now);
    return winner ? answerAgain(winner, digest) : busy();
  }
  const release = async () => {
    await ledger.releaseReceipt(sourceId, post.id);
    await ledger.releaseSignature(sourceId, signature);
  };
  try {
    const applied = await applyValue(services, found.value, post, now);
    if (!applied.ok) {
      await release();
      return applied;
    }
    const { progress, asOf } = applied.value;
    await ledger.completeReceipt(
      sourceId,
      post.id,
      {
        bodyDigest: digest,
        keyResultId: post.keyResultId,
        value: post.value,
        progress,
        at: asOf,
        ...(post.note === undefined ? {} : { note: post.note }),
      },
      now,
      METRICS_LIMITS.receiptTtlSeconds,
    );
    return { ok: true, value: { keyResultId: post.keyResultId, progress, repeated: false } };
  } catch (error) {
    // Best effort: the cause matters more than a failed clean-up, and the claims expire anyway.
    await release().catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `current` with the version read; on a conflict reads again and retries once (a person may have just
 * saved the key result). An unchanged value is not written, so a source repeating itself does not bump the
 * version under someone editing the key result.
 */
async function applyValue(
  services: Pick<Services, 'repos'>,
  read: MetricKeyResult,
  post: MetricPost,
  now: Date,
): Promise<MetricsOutcome<{ progress: number; asOf: string }>> {
  const asOf = post.at === undefined ? now.toISOString() : new Date(post.at).toISOString();
  let keyResult = read;
  for (let attempt = 1; ; attempt += 1) {
    const next: MetricKeyResult = {
      ...keyResult,
      source: { ...keyResult.source, current: post.value },
      updatedAt: now.toISOString(),
    };
    const written =
      keyResult.source.current === post.value ? { ok: true as const } : await services.repos.keyResults.update(next);
    if (written.ok) {
      const progress = freshProgress(keyResult.id, computeKeyResultProgress(next), asOf);
      await services.repos.progress.save(progress);
      return { ok: true, value: { progress: progress.progress, asOf } };
    }
    if (written.error.reason === 'missing') return notFound();
    if (attempt === 2) return busy();
    const again = asMetricKeyResult(await services.repos.keyResults.get(post.keyResultId));
    if (!again.ok) return again;
    keyResult = again.value;
  }
}

function asMetricKeyResult(keyResult: KeyResult | undefined): MetricsOutcome<MetricKeyResult> {
  if (!keyResult) return notFound();
  if (keyResult.source.type !== 'metric') {
    return metricsFailure('NOT_A_METRIC', 'The key result is not measured by a metric.');
  }
  return { ok: true, value: keyResult as MetricKeyResult };
}

function answerAgain(receipt: MetricReceipt, digest: string): MetricsOutcome<RecordedMetricValue> {
  if (receipt.bodyDigest !== digest) {
    return metricsFailure('IDEMPOTENCY_CONFLICT', 'This id was already used with a different body.');
  }
  if (receipt.state === 'pending') return busy();
  return { ok: true, value: { keyResultId: receipt.keyResultId, progress: receipt.progress, repeated: true } };
}

const notFound = () => metricsFailure('NOT_FOUND', 'The key result does not exist.');

const busy = () => metricsFailure('CONFLICT', 'Another request is writing this key result or this id.');

/** Same fields, same values: the same post, however the client ordered or spaced its JSON. */
export function postDigest(post: MetricPost): string {
  const canonical = JSON.stringify([post.id, post.keyResultId, post.value, post.at ?? null, post.note ?? null]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
