import type { Services } from '../../services';
import { checkBindable } from './bindable';
import { BindingInput, parseInput } from './admin-input';
import { metricsFailure, type MetricsOutcome } from './failure';

/** Replaces the key results a source may write; its secret is unchanged. */
export async function bindMetricSource(
  services: Pick<Services, 'repos'>,
  input: { sourceId: string; keyResultIds: readonly string[] },
): Promise<MetricsOutcome<{ sourceId: string; keyResultIds: string[] }>> {
  const parsed = parseInput(BindingInput, input);
  if (!parsed.ok) return parsed;
  const { sourceId } = parsed.value;
  const sources = services.repos.metricSources;
  const source = await sources.get(sourceId);
  if (!source) return metricsFailure('NOT_FOUND', `sourceId: source ${sourceId} is not registered.`);
  const bindable = await checkBindable(services, parsed.value.keyResultIds);
  if (!bindable.ok) return bindable;
  await sources.put({ ...source, keyResultIds: bindable.value });
  return { ok: true, value: { sourceId, keyResultIds: bindable.value } };
}
