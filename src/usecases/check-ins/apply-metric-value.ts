import { computeKeyResultProgress, freshProgress, ok, type KeyResult, type MetricSource } from '../../domain';
import type { Services } from '../../services';
import { failure, notFound, type Outcome } from '../objectives/failure';
import { conflict } from '../objectives/written';

export type MetricKeyResult = KeyResult & { source: MetricSource };

export const isMetric = (keyResult: KeyResult): keyResult is MetricKeyResult => keyResult.source.type === 'metric';

/**
 * Sets a metric KR's current value with the version read and stores its recomputed progress. On a conflict (someone
 * saved the KR meanwhile) it reads again and retries once; a second conflict is answered, with nothing written.
 */
export async function applyMetricValue(
  services: Pick<Services, 'repos'>,
  read: MetricKeyResult,
  value: number,
  at: string,
): Promise<Outcome<number>> {
  let keyResult = read;
  for (let attempt = 1; ; attempt += 1) {
    const next: MetricKeyResult = { ...keyResult, source: { ...keyResult.source, current: value }, updatedAt: at };
    const saved = keyResult.source.current === value ? ok(keyResult) : await services.repos.keyResults.update(next);
    if (saved.ok) {
      const progress = freshProgress(keyResult.id, computeKeyResultProgress(next), at);
      await services.repos.progress.save(progress);
      return ok(progress.progress);
    }
    if (saved.error.reason === 'missing') return notFound('Key result', read.id);
    if (attempt === 2) return conflict(saved.error);
    const again = await services.repos.keyResults.get(read.id);
    if (!again) return notFound('Key result', read.id);
    if (!isMetric(again))
      return failure('VALIDATION', 'value: the key result is no longer measured by a metric', [
        { path: 'value', message: 'the key result is no longer measured by a metric' },
      ]);
    keyResult = again;
  }
}
