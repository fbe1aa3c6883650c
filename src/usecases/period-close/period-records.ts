import type { KeyResult, Objective } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';

const PAGE = { limit: 100 };

/** A period's own objectives and key results (a year's, not its quarters'), oldest first as they were created. */
export async function loadPeriodRecords(
  services: Pick<Services, 'repos'>,
  periodId: string,
): Promise<{ objectives: Objective[]; keyResults: KeyResult[] }> {
  const { repos } = services;
  const [objectives, keyResults] = await Promise.all([
    collectAll((page) => repos.objectives.listByPeriod(periodId, page), PAGE),
    collectAll((page) => repos.keyResults.listByPeriod(periodId, page), PAGE),
  ]);
  const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  return { objectives: objectives.sort(byCreation), keyResults: keyResults.sort(byCreation) };
}
