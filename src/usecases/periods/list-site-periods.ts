import type { PeriodDto } from '../../contract';
import type { Services } from '../../services';
import { listPeriods, siteToday } from './list-periods';
import { closedPeriodIds } from './period-closed';

/** okr/listPeriods: the periods to plan in, each saying whether it is closed. */
export async function listSitePeriods(services: Pick<Services, 'repos' | 'clock'>): Promise<PeriodDto[]> {
  const settings = await services.repos.settings.get();
  return listPeriods(settings, siteToday(services.clock, settings), await closedPeriodIds(services));
}
