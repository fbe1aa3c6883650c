import type { Services } from '../../services';
import type { MetricSourceSecrets } from '../../store';
import { parseInput, RotationInput } from './admin-input';
import { metricsFailure, type MetricsOutcome } from './failure';
import { newMetricSecret } from './secret';

export interface RotatedSecret {
  sourceId: string;
  /** Shown once. */
  secret: string;
  /** Until when the replaced secret still signs valid posts; absent when it stopped at once. */
  previousValidUntil?: string;
}

/**
 * Replaces a source's secret. By default the old one stops working at once (the right answer to a leak); a grace
 * period keeps it valid meanwhile, for a planned switch-over without a failed post.
 */
export async function rotateMetricSourceSecret(
  services: Pick<Services, 'repos' | 'clock'>,
  input: { sourceId: string; keepPreviousForSeconds?: number },
): Promise<MetricsOutcome<RotatedSecret>> {
  const parsed = parseInput(RotationInput, input);
  if (!parsed.ok) return parsed;
  const { sourceId, keepPreviousForSeconds } = parsed.value;
  const sources = services.repos.metricSources;
  const source = await sources.get(sourceId);
  if (!source) return metricsFailure('NOT_FOUND', `sourceId: source ${sourceId} is not registered.`);
  const now = services.clock.now();
  const old = await sources.getSecrets(sourceId);
  const secret = newMetricSecret();
  const previousValidUntil =
    old && keepPreviousForSeconds > 0
      ? new Date(now.getTime() + keepPreviousForSeconds * 1000).toISOString()
      : undefined;
  const secrets: MetricSourceSecrets = {
    current: secret,
    ...(old && previousValidUntil ? { previous: { secret: old.current, expiresAt: previousValidUntil } } : {}),
  };
  await sources.setSecrets(sourceId, secrets);
  await sources.put({ ...source, rotatedAt: now.toISOString() });
  return { ok: true, value: { sourceId, secret, ...(previousValidUntil ? { previousValidUntil } : {}) } };
}
