import type { CalendarDay, Period, Settings } from '../../domain';
import type { Services } from '../../services';
import { siteToday } from '../periods/list-periods';
import { resolvePeriod } from '../periods/resolve-period';

/** What every view computes pace with: the settings, today in the site's zone, and periods by id. */
export interface ViewContext {
  settings: Settings;
  today: CalendarDay;
  periodOf(periodId: string): Period | undefined;
}

export async function loadViewContext(services: Pick<Services, 'repos' | 'clock'>): Promise<ViewContext> {
  const settings = await services.repos.settings.get();
  const periods = new Map<string, Period | undefined>();
  return {
    settings,
    today: siteToday(services.clock, settings),
    periodOf(periodId) {
      if (!periods.has(periodId)) periods.set(periodId, resolvePeriod(periodId, settings));
      return periods.get(periodId);
    },
  };
}
