import type { KeyResult } from '../../../src/domain';
import { burnupOf } from '../../../src/usecases/views/burnup';

const base: Omit<KeyResult, 'kind' | 'source'> = {
  id: 'kr',
  objectiveId: 'o',
  title: 'KR',
  ownerIds: ['a'],
  weight: 1,
  periodId: '2026-Q4',
  version: 1,
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
};
const quarter = { id: '2026-Q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };

describe('burnupOf', () => {
  test('points KRs chart story points; aspirational expected is scaled by the norm', () => {
    const kr: KeyResult = {
      ...base,
      kind: 'aspirational',
      source: { type: 'jira', measure: 'points', targets: [{ kind: 'epic', issueId: '1' }], includeSubtasks: false },
    };
    // 2026-11-16 is day 46 of 92: expected share 0.5, × 0.7 = 0.35, × 40 points = 14.
    expect(
      burnupOf(
        kr,
        [
          {
            keyResultId: 'kr',
            date: '2026-11-16',
            progress: 0.25,
            scopeIssues: 9,
            doneIssues: 3,
            scopePoints: 40,
            donePoints: 10,
          },
          { keyResultId: 'kr', date: '2026-10-01', progress: 0, scopeIssues: 5, doneIssues: 0 },
        ],
        quarter,
        0.7,
      ),
    ).toEqual([
      { date: '2026-10-01', scope: 0, done: 0, expected: 0 },
      { date: '2026-11-16', scope: 40, done: 10, expected: 14 },
    ]);
  });

  test('metric KRs chart progress shares (scope 1); an undatable period expects nothing', () => {
    const kr: KeyResult = {
      ...base,
      kind: 'committed',
      source: { type: 'metric', start: 0, target: 10, current: 4, direction: 'increase' },
    };
    const snapshot = { keyResultId: 'kr', date: '2026-11-16', progress: 0.4, scopeIssues: 0, doneIssues: 0 };
    expect(burnupOf(kr, [snapshot], quarter, 0.7)).toEqual([
      { date: '2026-11-16', scope: 1, done: 0.4, expected: 0.5 },
    ]);
    expect(burnupOf(kr, [snapshot], undefined, 0.7)).toEqual([
      { date: '2026-11-16', scope: 1, done: 0.4, expected: 0 },
    ]);
  });
});
