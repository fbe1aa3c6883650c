import { detectAlignmentCycle, ok, type Objective, type ObjectiveParent } from '../../domain';
import type { Services } from '../../services';
import { failure, invalidField, type Outcome } from './failure';
import { isFinal } from './load-editable';

/** Far deeper than any real alignment tree (company → department → team → individual); a guard against bad data. */
const MAX_DEPTH = 64;

/**
 * A proposed parent must exist, still be open (a graded objective's progress must not move), and must not already
 * roll up into the child: that would make an objective's progress depend on itself.
 */
export async function checkParent(
  services: Pick<Services, 'repos'>,
  childId: string | undefined,
  parent: ObjectiveParent,
): Promise<Outcome<Objective>> {
  const path = 'parent.objectiveId';
  const found = await services.repos.objectives.get(parent.objectiveId);
  if (!found) return invalidField(path, 'names no objective');
  if (isFinal(found)) return invalidField(path, `is ${found.state}: nothing more can roll up into it`);
  if (childId === undefined) return ok(found);
  const ancestors = await ancestorsFrom(services, found, childId);
  const loop = detectAlignmentCycle(ancestors, childId, parent.objectiveId);
  if (loop) {
    const titles = new Map(ancestors.map((o) => [o.id, o.title]));
    const names = loop.map((id) => `"${titles.get(id) ?? id}"`).join(' → ');
    return failure(
      'ALIGNMENT_CYCLE',
      `Aligning here would make a loop: ${names}. An objective cannot roll up into itself.`,
    );
  }
  return ok(found);
}

/** The chain from `start` up to a root, stopping at the child (the loop is found) or at a repeat. */
async function ancestorsFrom(
  services: Pick<Services, 'repos'>,
  start: Objective,
  childId: string,
): Promise<Pick<Objective, 'id' | 'parent' | 'title'>[]> {
  const chain: Objective[] = [start];
  const seen = new Set([start.id]);
  let next = start.parent?.objectiveId;
  while (next !== undefined && !seen.has(next) && chain.length < MAX_DEPTH) {
    const objective = await services.repos.objectives.get(next);
    if (!objective) break;
    chain.push(objective);
    seen.add(objective.id);
    if (objective.id === childId) break;
    next = objective.parent?.objectiveId;
  }
  return chain;
}
