import type { Services } from '../../services';
import { parseInput, SourceInput } from './admin-input';
import { metricsFailure, type MetricsOutcome } from './failure';

/** Removes a source. Its secret goes first, so from that moment nothing it signs is accepted. */
export async function revokeMetricSource(
  services: Pick<Services, 'repos'>,
  input: { sourceId: string },
): Promise<MetricsOutcome<{ sourceId: string }>> {
  const parsed = parseInput(SourceInput, input);
  if (!parsed.ok) return parsed;
  const { sourceId } = parsed.value;
  const sources = services.repos.metricSources;
  if (!(await sources.get(sourceId)))
    return metricsFailure('NOT_FOUND', `sourceId: source ${sourceId} is not registered.`);
  await sources.deleteSecrets(sourceId);
  await sources.delete(sourceId);
  return { ok: true, value: { sourceId } };
}
