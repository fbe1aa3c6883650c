import { computeMilestonesProgress } from '../../../src/domain';

describe('computeMilestonesProgress', () => {
  it('divides done items by all items', () => {
    const items = [{ done: true }, { done: true }, { done: false }, { done: false }, { done: false }];
    const result = computeMilestonesProgress(items);
    // 2 done of 5 = 0.4
    expect(result.progress).toBe(0.4);
    expect(result.evidence).toEqual({
      sourceType: 'milestones',
      scope: { issues: 0, todo: 0, inProgress: 0, done: 0 },
      milestones: { total: 5, done: 2 },
      emptyScope: false,
      flags: [],
    });
  });

  it('gives 0 with no-linked-work for an empty checklist', () => {
    const result = computeMilestonesProgress([]);
    expect(result.progress).toBe(0);
    expect(result.evidence.flags).toEqual(['no-linked-work']);
  });
});
