import { computeKeyResultProgress, DomainError } from '../../../src/domain';
import { Q4_2026, aKeyResult, aMetricKeyResult, done, epic, reached, todo } from '../builders';

describe('computeKeyResultProgress', () => {
  const issues = [
    reached(epic('100'), [done('1', { points: 3, doneAt: '2026-11-01T00:00:00Z' }), todo('2', { points: 1 })]),
  ];

  it('measures a Jira count KR from issues or from counts', () => {
    // 1 done of 2 = 0.5
    expect(computeKeyResultProgress(aKeyResult(), { jira: { kind: 'issues', reached: issues } }).progress).toBe(0.5);
    // 3 done of 12 = 0.25
    const counts = { kind: 'counts', counts: { scope: 12, done: 3 } } as const;
    expect(computeKeyResultProgress(aKeyResult(), { jira: counts }).progress).toBe(0.25);
  });

  it('measures a Jira points KR from issues', () => {
    const kr = aKeyResult({
      source: { type: 'jira', measure: 'points', targets: [epic('100')], includeSubtasks: false },
    });
    // 3 points done of 4 = 0.75
    expect(computeKeyResultProgress(kr, { jira: { kind: 'issues', reached: issues } }).progress).toBe(0.75);
  });

  it('applies the period baseline when the KR asks for it', () => {
    const kr = aKeyResult({ baseline: { mode: 'period' } });
    const result = computeKeyResultProgress(kr, { jira: { kind: 'issues', reached: issues }, period: Q4_2026 });
    // both issues undated-created → open at start; 1 done in Q4 of 2 = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.baseline).toMatchObject({ periodId: '2026-Q4', openAtStart: 2, doneDuringPeriod: 1 });
  });

  it('measures metric and milestone KRs from their own source', () => {
    // (20 − 10) / (50 − 10) = 0.25
    expect(computeKeyResultProgress(aMetricKeyResult()).progress).toBe(0.25);
    const milestones = aKeyResult({
      source: {
        type: 'milestones',
        items: [
          { id: 'a', title: 'A', done: true },
          { id: 'b', title: 'B', done: false },
        ],
      },
    });
    expect(computeKeyResultProgress(milestones).progress).toBe(0.5);
  });

  it('throws on facts that do not fit the KR: a caller bug, not a zero', () => {
    const counts = { kind: 'counts', counts: { scope: 1, done: 1 } } as const;
    const points = aKeyResult({
      source: { type: 'jira', measure: 'points', targets: [epic('1')], includeSubtasks: false },
    });
    expect(() => computeKeyResultProgress(aKeyResult())).toThrow(DomainError);
    expect(() => computeKeyResultProgress(points, { jira: counts })).toThrow(DomainError);
    expect(() => computeKeyResultProgress(aKeyResult({ baseline: { mode: 'period' } }), { jira: counts })).toThrow(
      /period baseline/,
    );
  });
});
