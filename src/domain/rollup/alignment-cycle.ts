import type { Objective } from '../model/objective';

type Aligned = Pick<Objective, 'id' | 'parent'>;

/**
 * Would aligning `childId` under `proposedParentId` close a loop? Returns the loop as ids, child first and last
 * (`['A', 'B', 'A']` when B already rolls up into A), or null when the alignment is safe. Checked on write:
 * a cycle would make an objective's progress depend on itself.
 */
export function detectAlignmentCycle(
  objectives: readonly Aligned[],
  childId: string,
  proposedParentId: string,
): string[] | null {
  const parentOf = new Map(objectives.map((o) => [o.id, o.parent?.objectiveId]));
  const path = [childId];
  const visited = new Set<string>();
  let current: string | undefined = proposedParentId;
  while (current !== undefined && !visited.has(current)) {
    path.push(current);
    if (current === childId) return path;
    visited.add(current);
    current = parentOf.get(current);
  }
  // Either the chain ended at a root, or it loops without the child (bad stored data, not this write's doing).
  return null;
}
