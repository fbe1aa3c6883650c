import { collectAll } from '../../store';
import type { Services } from '../../services';

/** Attempts per key result: only a concurrent edit of that same KR can make one fail, and it is re-read each time. */
const ATTEMPTS = 3;

/**
 * Key results carry their objective's period (the store indexes them by it), so moving an objective moves them.
 * Each is re-read and rewritten on a conflict: the period is not something a concurrent editor chose.
 */
export async function movePeriodOfKeyResults(
  services: Pick<Services, 'repos' | 'clock'>,
  objectiveId: string,
  periodId: string,
): Promise<void> {
  const keyResults = await collectAll((page) => services.repos.keyResults.listByObjective(objectiveId, page), {
    limit: 100,
  });
  for (const { id } of keyResults) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const current = await services.repos.keyResults.get(id);
      if (!current || current.periodId === periodId) break;
      const saved = await services.repos.keyResults.update({
        ...current,
        periodId,
        updatedAt: services.clock.now().toISOString(),
      });
      if (saved.ok) break;
      if (attempt === ATTEMPTS) throw saved.error;
    }
  }
}
