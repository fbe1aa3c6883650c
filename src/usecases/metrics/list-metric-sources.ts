import type { Services } from '../../services';
import type { MetricSourceRecord } from '../../store';

/** Registrations only: secrets are never read here, so this is safe to show on an admin page. */
export const listMetricSources = (services: Pick<Services, 'repos'>): Promise<MetricSourceRecord[]> =>
  services.repos.metricSources.list();
