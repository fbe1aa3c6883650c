import { computePeriodBaselineProgress, type IssueFact } from '../../../src/domain';
import { Q4_2026, done, epic, inProgress, reached, todo } from '../builders';

const source = { includeSubtasks: false };

function baselineOf(issues: IssueFact[], timeZone = 'UTC') {
  return computePeriodBaselineProgress({ source, reached: [reached(epic('100'), issues)], period: Q4_2026, timeZone });
}

describe('computePeriodBaselineProgress (Q4 2026: Oct 1 – Dec 31)', () => {
  it('divides work done in the period by scope open at its start plus scope added during it', () => {
    const result = baselineOf([
      done('A', { createdAt: '2026-07-01T10:00:00Z', doneAt: '2026-09-15T10:00:00Z' }), // done before: out
      done('B', { createdAt: '2026-07-01T10:00:00Z', doneAt: '2026-10-10T10:00:00Z' }), // open at start, done in
      inProgress('C', { createdAt: '2026-08-01T10:00:00Z' }), // open at start
      done('D', { createdAt: '2026-11-01T10:00:00Z', doneAt: '2026-12-01T10:00:00Z' }), // added, done in
      todo('E', { createdAt: '2026-11-15T10:00:00Z' }), // added
      todo('F', { createdAt: '2027-01-05T10:00:00Z' }), // created after the period: out
      done('G', { createdAt: '2026-06-01T10:00:00Z', doneAt: '2027-01-10T10:00:00Z' }), // open at start, done after
    ]);
    // done in period: B, D = 2; open at start: B, C, G = 3; added: D, E = 2 → 2 / (3 + 2) = 0.4
    expect(result.progress).toBe(0.4);
    expect(result.evidence.baseline).toEqual({
      periodId: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      openAtStart: 3,
      addedDuringPeriod: 2,
      doneDuringPeriod: 2,
      undated: 0,
    });
    // the scope evidence still shows the whole current scope: 7 issues, 4 done
    expect(result.evidence.scope).toEqual({ issues: 7, todo: 2, inProgress: 1, done: 4 });
    expect(result.evidence.flags).toEqual([]);
  });

  it('counts both boundary days as inside the period', () => {
    const result = baselineOf([
      done('1', { createdAt: '2026-10-01T00:00:00Z', doneAt: '2026-12-31T23:59:00Z' }), // added on day one, done on the last
      todo('2', { createdAt: '2026-09-30T23:59:00Z' }), // open at start
    ]);
    // 1 done / (1 open + 1 added) = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.baseline).toMatchObject({ openAtStart: 1, addedDuringPeriod: 1, doneDuringPeriod: 1 });
  });

  it('places dates on calendar days of the site time zone', () => {
    const issues = [
      done('X', { createdAt: '2026-09-01T10:00:00Z', doneAt: '2026-09-30T23:30:00Z' }),
      todo('Y', { createdAt: '2026-09-01T10:00:00Z' }),
    ];
    // UTC: X finished on Sep 30, before the period → 0 done / 1 open (Y) = 0
    expect(baselineOf(issues, 'UTC').progress).toBe(0);
    // Paris (UTC+2): X finished at 01:30 on Oct 1 → 1 done / 2 open = 0.5
    expect(baselineOf(issues, 'Europe/Paris').progress).toBe(0.5);
  });

  it('treats an issue without a creation date as open at the start', () => {
    const result = baselineOf([done('1', { doneAt: '2026-11-01T10:00:00Z' }), todo('2')]);
    // 1 done / 2 open = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.evidence.baseline).toMatchObject({ openAtStart: 2, addedDuringPeriod: 0 });
  });

  it('leaves out done issues without a done date, and flags them', () => {
    const result = baselineOf([
      done('1', { createdAt: '2026-07-01T10:00:00Z' }),
      todo('2'),
      done('3', { doneAt: 'garbled' }),
    ]);
    // only 2 is countable: 0 done / 1 open = 0
    expect(result.progress).toBe(0);
    expect(result.evidence.baseline).toMatchObject({ openAtStart: 1, undated: 2 });
    expect(result.evidence.flags).toEqual(['missing-done-dates']);
  });

  it('gives 0 with no-baseline-scope when everything finished before the period', () => {
    const result = baselineOf([done('1', { createdAt: '2026-01-01T10:00:00Z', doneAt: '2026-03-01T10:00:00Z' })]);
    expect(result.progress).toBe(0);
    expect(result.evidence.flags).toEqual(['no-baseline-scope']);
    expect(result.evidence.emptyScope).toBe(false);
  });

  it('gives 0 with no-linked-work for an empty scope', () => {
    const result = baselineOf([]);
    expect(result.progress).toBe(0);
    expect(result.evidence.flags).toEqual(['no-linked-work']);
    expect(result.evidence.emptyScope).toBe(true);
  });
});
