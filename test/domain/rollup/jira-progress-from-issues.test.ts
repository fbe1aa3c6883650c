import { computeJiraProgressFromIssues } from '../../../src/domain';
import { anIssue, done, epic, inProgress, jql, reached, todo, version } from '../builders';

const count = { measure: 'count', includeSubtasks: false } as const;
const points = { measure: 'points', includeSubtasks: false } as const;

describe('computeJiraProgressFromIssues, count', () => {
  it('divides done issues by issues in scope, with the status breakdown as evidence', () => {
    const issues = [done('1'), done('2'), done('3'), inProgress('4'), todo('5'), todo('6'), todo('7'), todo('8')];
    const result = computeJiraProgressFromIssues(count, [reached(epic('100'), issues)]);
    // 3 done of 8 = 0.375
    expect(result.progress).toBe(0.375);
    expect(result.evidence).toEqual({
      sourceType: 'jira',
      measure: 'count',
      scope: { issues: 8, todo: 4, inProgress: 1, done: 3 },
      byTarget: [{ target: epic('100'), issues: 8, done: 3 }],
      emptyScope: false,
      flags: [],
    });
  });

  it('leaves epics out of scope, and sub-tasks unless the KR includes them', () => {
    const issues = [
      anIssue('100', { hierarchyLevel: 1, statusCategory: 'done' }), // the epic itself
      anIssue('900', { hierarchyLevel: 2 }), // a Premium initiative above epics
      done('1'),
      done('2'),
      todo('3'),
      todo('4'),
      done('5', { hierarchyLevel: -1, parentId: '3' }),
      done('6', { hierarchyLevel: -1, parentId: '4' }),
    ];
    // stories only: 2 done of 4 = 0.5
    expect(computeJiraProgressFromIssues(count, [reached(project100(), issues)]).progress).toBe(0.5);
    // with sub-tasks: 4 done of 6 = 0.666…
    const withSubtasks = computeJiraProgressFromIssues({ ...count, includeSubtasks: true }, [
      reached(project100(), issues),
    ]);
    expect(withSubtasks.progress).toBeCloseTo(4 / 6, 12);
    expect(withSubtasks.evidence.scope).toEqual({ issues: 6, todo: 2, inProgress: 0, done: 4 });
  });

  it('counts an issue reached by two targets once', () => {
    // epic reaches 1 (done), 2, 3; version reaches 3, 4 (done): distinct 1, 2, 3, 4 → 2 done of 4 = 0.5
    const result = computeJiraProgressFromIssues(count, [
      reached(epic('100'), [done('1'), todo('2'), todo('3')]),
      reached(version('7'), [todo('3'), done('4')]),
    ]);
    expect(result.progress).toBe(0.5);
    expect(result.evidence.scope.issues).toBe(4);
    // byTarget shows each target's reach before de-duplication, sorted by target: 3 + 2 = 5 > 4
    expect(result.evidence.byTarget).toEqual([
      { target: epic('100'), issues: 3, done: 1 },
      { target: version('7'), issues: 2, done: 1 },
    ]);
  });

  it('counts an issue once when the same target is listed twice', () => {
    const result = computeJiraProgressFromIssues(count, [
      reached(epic('100'), [done('1'), todo('2')]),
      reached(epic('100'), [done('1')]),
    ]);
    // 1 done of 2 = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.byTarget).toEqual([{ target: epic('100'), issues: 2, done: 1 }]);
  });

  it('gives 0 with the no-linked-work flag for an empty scope, never NaN', () => {
    for (const reachedIssues of [
      [],
      [reached(epic('100'), [])],
      [reached(jql('x = y'), [anIssue('100', { hierarchyLevel: 1 })])],
    ]) {
      const result = computeJiraProgressFromIssues(count, reachedIssues);
      expect(result.progress).toBe(0);
      expect(result.evidence.emptyScope).toBe(true);
      expect(result.evidence.flags).toEqual(['no-linked-work']);
    }
  });
});

describe('computeJiraProgressFromIssues, points', () => {
  it('divides done points by all points; an unestimated issue weighs 0 and is flagged', () => {
    const issues = [
      done('1', { points: 5 }),
      done('2', { points: 3 }),
      todo('3', { points: 8 }),
      todo('4', { points: null }),
    ];
    const result = computeJiraProgressFromIssues(points, [reached(epic('100'), issues)]);
    // (5 + 3) done of (5 + 3 + 8 + 0) = 8 / 16 = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.points).toEqual({ total: 16, done: 8, unestimated: 1 });
    expect(result.evidence.flags).toEqual(['unestimated-issues']);
  });

  it('treats a negative or non-numeric estimate as no estimate', () => {
    const issues = [
      done('1', { points: 2 }),
      todo('2', { points: 2 }),
      done('3', { points: -5 }),
      todo('4', { points: Number.NaN }),
    ];
    const result = computeJiraProgressFromIssues(points, [reached(epic('100'), issues)]);
    // 2 done of 4 = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.points).toEqual({ total: 4, done: 2, unestimated: 2 });
  });

  it('gives 0 with no-estimates when issues exist but none carries points', () => {
    for (const estimate of [null, 0, undefined]) {
      const issues = [done('1', { points: estimate }), todo('2', { points: estimate })];
      const result = computeJiraProgressFromIssues(points, [reached(epic('100'), issues)]);
      expect(result.progress).toBe(0);
      expect(result.evidence.flags).toEqual(['no-estimates']);
      expect(result.evidence.emptyScope).toBe(false);
    }
  });

  it('gives 0 with only no-linked-work for an empty scope', () => {
    const result = computeJiraProgressFromIssues(points, []);
    expect(result.progress).toBe(0);
    expect(result.evidence.flags).toEqual(['no-linked-work']);
    expect(result.evidence.points).toEqual({ total: 0, done: 0, unestimated: 0 });
  });

  it('counts the points of an issue reached twice once', () => {
    // distinct: 1 (3 pts, done), 2 (1 pt) → 3 of 4 = 0.75
    const result = computeJiraProgressFromIssues(points, [
      reached(epic('100'), [done('1', { points: 3 })]),
      reached(jql('labels = okr'), [done('1', { points: 3 }), todo('2', { points: 1 })]),
    ]);
    expect(result.progress).toBe(0.75);
  });
});

function project100() {
  return { kind: 'project', projectId: '100' } as const;
}
