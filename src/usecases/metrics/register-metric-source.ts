import type { Services } from '../../services';
import { checkBindable } from './bindable';
import { BindingInput, parseInput } from './admin-input';
import { metricsFailure, type MetricsOutcome } from './failure';
import { newMetricSecret } from './secret';

export interface RegisteredMetricSource {
  sourceId: string;
  keyResultIds: string[];
  /** Shown once: only its holder can sign posts, and the app never shows it again (rotate to get a new one). */
  secret: string;
}

/**
 * Registers a metric source bound to the key results it may write, and returns its secret once. The registration
 * is claimed before the secret is written, so registering an id that is taken can never replace a working secret.
 */
export async function registerMetricSource(
  services: Pick<Services, 'repos' | 'clock'>,
  input: { sourceId: string; keyResultIds: readonly string[] },
): Promise<MetricsOutcome<RegisteredMetricSource>> {
  const parsed = parseInput(BindingInput, input);
  if (!parsed.ok) return parsed;
  const { sourceId } = parsed.value;
  const bindable = await checkBindable(services, parsed.value.keyResultIds);
  if (!bindable.ok) return bindable;
  const keyResultIds = bindable.value;
  const sources = services.repos.metricSources;
  const createdAt = services.clock.now().toISOString();
  if (!(await sources.create({ sourceId, keyResultIds, createdAt }))) {
    return metricsFailure('CONFLICT', `sourceId: source ${sourceId} exists already. Rotate its secret or revoke it.`);
  }
  const secret = newMetricSecret();
  try {
    await sources.setSecrets(sourceId, { current: secret });
  } catch (error) {
    await sources.delete(sourceId);
    throw error;
  }
  return { ok: true, value: { sourceId, keyResultIds, secret } };
}
