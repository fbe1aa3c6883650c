import type { ClosePeriodPayload, PeriodDto } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { failure, forbidden, invalidField, type Outcome } from '../objectives/failure';
import { isFinal } from '../objectives/load-editable';
import { toPeriodDto } from '../periods/list-periods';
import { resolvePeriod } from '../periods/resolve-period';
import { loadPeriodRecords } from './period-records';

/**
 * Closes a period for good: from now on nothing in it changes (docs/adr/0013). Only Jira admins close periods, and
 * only once every objective in it is closed (graded) or abandoned, so nothing is left half-decided. Closing a closed
 * period again answers it as it is.
 */
export async function closePeriod(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: ClosePeriodPayload,
): Promise<Outcome<PeriodDto>> {
  if (!(await caller.isAdmin())) return forbidden('Only Jira administrators may close a period.');
  const period = resolvePeriod(input.periodId, await services.repos.settings.get());
  if (!period) return invalidField('periodId', 'is not a period of this site');
  const closedDto = toPeriodDto(period, new Set([period.id]));
  if (await services.repos.periodStates.get(period.id)) return ok(closedDto);

  const open = (await loadPeriodRecords(services, period.id)).objectives.filter((o) => !isFinal(o));
  if (open.length > 0) {
    const names = open.map((o) => `"${o.title}" (${o.state})`).join(', ');
    return failure(
      'INVALID_TRANSITION',
      `${period.id} cannot close while objectives are still open: close or abandon ${names} first.`,
    );
  }
  await services.repos.periodStates.close({
    periodId: period.id,
    closedAt: services.clock.now().toISOString(),
    closedBy: caller.accountId,
  });
  return ok(closedDto);
}
