import type { Services } from '../../services';
import { failure, type Failure } from '../objectives/failure';

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

export async function closedPeriodIds(services: Pick<Services, 'repos'>): Promise<Set<string>> {
  return new Set((await services.repos.periodStates.listClosed()).map((closed) => closed.periodId));
}
