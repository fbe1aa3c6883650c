import { computeJiraProgressFromCounts } from '../../../src/domain';

describe('computeJiraProgressFromCounts', () => {
  it('divides done by scope and fills the breakdown from the in-progress count', () => {
    const result = computeJiraProgressFromCounts({ scope: 40, done: 15, inProgress: 5 });
    // 15 done of 40 = 0.375; to do = 40 − 15 − 5 = 20
    expect(result.progress).toBe(0.375);
    expect(result.evidence).toEqual({
      sourceType: 'jira',
      measure: 'count',
      scope: { issues: 40, todo: 20, inProgress: 5, done: 15 },
      emptyScope: false,
      flags: [],
    });
  });

  it('says when it has no in-progress count: to do then means not done', () => {
    const result = computeJiraProgressFromCounts({ scope: 40, done: 15 });
    expect(result.evidence.scope).toEqual({ issues: 40, todo: 25, inProgress: 0, done: 15 });
    expect(result.evidence.flags).toEqual(['no-status-breakdown']);
  });

  it('caps done at scope when approximate counts disagree, and flags it', () => {
    const result = computeJiraProgressFromCounts({ scope: 10, done: 12, inProgress: 1 });
    // done capped to 10: 10 of 10 = 1; nothing left in progress
    expect(result.progress).toBe(1);
    expect(result.evidence.scope).toEqual({ issues: 10, todo: 0, inProgress: 0, done: 10 });
    expect(result.evidence.flags).toEqual(['inconsistent-counts']);
  });

  it('gives 0 with no-linked-work for an empty scope', () => {
    const result = computeJiraProgressFromCounts({ scope: 0, done: 0, inProgress: 0 });
    expect(result.progress).toBe(0);
    expect(result.evidence.emptyScope).toBe(true);
    expect(result.evidence.flags).toEqual(['no-linked-work']);
  });

  it('reads unusable counts as 0 rather than producing NaN', () => {
    const result = computeJiraProgressFromCounts({ scope: Number.NaN, done: -3, inProgress: Infinity });
    expect(result.progress).toBe(0);
    expect(result.evidence.scope).toEqual({ issues: 0, todo: 0, inProgress: 0, done: 0 });
  });
});
