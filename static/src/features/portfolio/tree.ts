import type { KrSummaryDto, ObjectiveNodeDto, UserRef } from '../../../../src/contract';

/** Every objective of a forest with its parent's title, depth first, as the tree shows them. */
export function walk(roots: ObjectiveNodeDto[], parent?: ObjectiveNodeDto): { node: ObjectiveNodeDto; parent?: ObjectiveNodeDto }[] {
  return roots.flatMap((node) => [{ node, parent }, ...walk(node.children, node)]);
}

export function allKeyResults(roots: ObjectiveNodeDto[]): KrSummaryDto[] {
  return walk(roots).flatMap(({ node }) => node.keyResults);
}

/** Everyone owning an objective or KR in view, once each, by name: the owner filter's and owner field's choices. */
export function people(roots: ObjectiveNodeDto[]): UserRef[] {
  const byId = new Map<string, UserRef>();
  for (const { node } of walk(roots)) {
    for (const u of [...node.owners, ...node.keyResults.flatMap((kr) => kr.owners)]) byId.set(u.accountId, u);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
