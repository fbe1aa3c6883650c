import type { Services } from '../../services';

/**
 * KRs whose objective is closed or abandoned: their progress is the record their grade was given on, so no refresh,
 * daily reconcile or issue event moves it afterwards (docs/adr/0013). A KR whose records cannot be found is not
 * frozen: the recompute reports it as it always has.
 */
export async function frozenKeyResults(
  services: Pick<Services, 'repos'>,
  keyResultIds: readonly string[],
): Promise<Set<string>> {
  const { repos } = services;
  const final = new Map<string, boolean>();
  const frozen = new Set<string>();
  for (const id of keyResultIds) {
    const kr = await repos.keyResults.get(id).catch(() => undefined);
    if (!kr) continue;
    if (!final.has(kr.objectiveId)) {
      const objective = await repos.objectives.get(kr.objectiveId).catch(() => undefined);
      final.set(kr.objectiveId, objective?.state === 'closed' || objective?.state === 'abandoned');
    }
    if (final.get(kr.objectiveId)) frozen.add(id);
  }
  return frozen;
}
