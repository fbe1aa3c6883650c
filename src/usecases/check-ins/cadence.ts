import type { Objective, Settings } from '../../domain';

/** How often an objective's KRs are checked in on: the objective's own cadence when it sets one, else the site's. */
export function cadenceOf(
  objective: Pick<Objective, 'checkInCadenceDays'> | undefined,
  settings: Pick<Settings, 'checkInCadenceDays'>,
): number {
  return objective?.checkInCadenceDays ?? settings.checkInCadenceDays;
}
