import { detectAlignmentCycle } from '../../../src/domain';

const aligned = (id: string, parentId?: string) =>
  parentId === undefined ? { id } : { id, parent: { objectiveId: parentId, contributionWeight: 1 } };

describe('detectAlignmentCycle', () => {
  // B and C roll up into A: A ← B ← C
  const tree = [aligned('A'), aligned('B', 'A'), aligned('C', 'B'), aligned('D')];

  it('allows an alignment that keeps a tree', () => {
    expect(detectAlignmentCycle(tree, 'D', 'C')).toBeNull();
    expect(detectAlignmentCycle(tree, 'C', 'A')).toBeNull();
  });

  it('refuses aligning an objective under its own descendant, returning the loop', () => {
    expect(detectAlignmentCycle(tree, 'A', 'B')).toEqual(['A', 'B', 'A']);
    expect(detectAlignmentCycle(tree, 'A', 'C')).toEqual(['A', 'C', 'B', 'A']);
  });

  it('refuses aligning an objective under itself', () => {
    expect(detectAlignmentCycle(tree, 'A', 'A')).toEqual(['A', 'A']);
  });

  it('terminates on a loop already in stored data that does not involve the child', () => {
    const broken = [aligned('X', 'Y'), aligned('Y', 'X'), aligned('A')];
    expect(detectAlignmentCycle(broken, 'A', 'X')).toBeNull();
  });

  it('allows a parent it does not know (the write validates existence)', () => {
    expect(detectAlignmentCycle(tree, 'A', 'unknown')).toBeNull();
  });
});
