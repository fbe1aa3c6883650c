import type { Services } from '../../services';
import { metricsFailure, type MetricsOutcome } from './failure';

/**
 * A source may be bound only to key results that exist and are measured by a metric, so a typo or a Jira KR is
 * caught when the binding is made rather than on the first post. Ids are de-duplicated, order kept.
 */
export async function checkBindable(
  services: Pick<Services, 'repos'>,
  keyResultIds: readonly string[],
): Promise<MetricsOutcome<string[]>> {
  const unique = [...new Set(keyResultIds)];
  for (const id of unique) {
    const keyResult = await services.repos.keyResults.get(id);
    if (!keyResult)
      return metricsFailure('VALIDATION', `keyResultIds: key result ${JSON.stringify(id)} does not exist.`);
    if (keyResult.source.type !== 'metric') {
      return metricsFailure(
        'VALIDATION',
        `keyResultIds: key result ${JSON.stringify(id)} is not measured by a metric.`,
      );
    }
  }
  return { ok: true, value: unique };
}
