import type { KeyResult, Objective } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';

/** Far deeper than any real alignment tree; a guard against bad stored data. */
const MAX_DEPTH = 16;
const PAGE = { limit: 100 };

/** An objective with everything aligned below it (any period), and all their key results. */
export async function loadSubtree(
  services: Pick<Services, 'repos'>,
  root: Objective,
): Promise<{ objectives: Objective[]; keyResults: KeyResult[] }> {
  const { repos } = services;
  const objectives = new Map([[root.id, root]]);
  let level = [root];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
    const children = (
      await Promise.all(level.map((o) => collectAll((page) => repos.objectives.listChildren(o.id, page), PAGE)))
    ).flat();
    level = children.filter((child) => !objectives.has(child.id));
    for (const child of level) objectives.set(child.id, child);
  }
  const keyResults = (
    await Promise.all(
      [...objectives.keys()].map((id) => collectAll((page) => repos.keyResults.listByObjective(id, page), PAGE)),
    )
  ).flat();
  return { objectives: [...objectives.values()], keyResults };
}
