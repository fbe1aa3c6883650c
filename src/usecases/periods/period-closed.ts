import type { PeriodDto } from '../../contract';
import type { Period } from '../../domain';
import type { Services } from '../../services';
import { failure, type Failure } from '../objectives/failure';
import { toPeriodDto } from './list-periods';

/**
 * The one check every write into a period goes through: a closed period is read-only, its objectives, key results,
 * links and grades stay as they were when it was closed (docs/adr/0013).
 */
export async function refuseIfPeriodClosed(
  services: Pick<Services, 'repos'>,
  periodId: string,
): Promise<{ ok: false; error: Failure } | undefined> {
  const closed = await services.repos.periodStates.get(periodId);
  if (!closed) return undefined;
  return failure(
    'PERIOD_CLOSED',
    `The period ${periodId} is closed: its objectives, key results, links and grades can no longer change.`,
  );
}

/** One period as the views send it, closed or not (one kvs read). */
export async function periodDtoOf(services: Pick<Services, 'repos'>, period: Period): Promise<PeriodDto> {
  const closed = await services.repos.periodStates.get(period.id);
  return toPeriodDto(period, new Set(closed ? [period.id] : []));
}

export async function closedPeriodIds(services: Pick<Services, 'repos'>): Promise<Set<string>> {
  return new Set((await services.repos.periodStates.listClosed()).map((closed) => closed.periodId));
}
