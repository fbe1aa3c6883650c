import {
  computeJiraProgressFromIssues,
  freshProgress,
  KrProgress,
  markProgressStale,
  snapshotOf,
} from '../../../src/domain';
import { aKrProgress, done, epic, reached, todo } from '../builders';

describe('stored progress', () => {
  const result = computeJiraProgressFromIssues({ measure: 'points', includeSubtasks: false }, [
    reached(epic('100'), [done('1', { points: 3 }), todo('2', { points: 5 })]),
  ]);

  it('stores a fresh result as a valid, non-stale KrProgress', () => {
    const stored = freshProgress('kr-1', result, '2026-11-15T08:00:00Z');
    expect(KrProgress.parse(stored)).toEqual(stored);
    // 3 of 8 points = 0.375
    expect(stored).toMatchObject({ keyResultId: 'kr-1', progress: 0.375, stale: false, asOf: '2026-11-15T08:00:00Z' });
  });

  it('keeps the last good value when a refresh fails, never replacing it with 0', () => {
    const good = aKrProgress({ progress: 0.6, asOf: '2026-11-14T08:00:00Z' });
    const failure = {
      keyResultId: 'kr-1',
      sourceType: 'jira',
      reason: 'Jira answered 503',
      at: '2026-11-15T08:00:00Z',
    } as const;
    const stale = markProgressStale(good, failure);
    expect(stale).toEqual({
      ...good,
      stale: true,
      staleReason: 'Jira answered 503',
      lastGoodAt: '2026-11-14T08:00:00Z',
    });
    // a second failure keeps the time of the last good value
    const staler = markProgressStale(stale, { ...failure, reason: 'timeout', at: '2026-11-16T08:00:00Z' });
    expect(staler).toMatchObject({ progress: 0.6, staleReason: 'timeout', lastGoodAt: '2026-11-14T08:00:00Z' });
    expect(KrProgress.parse(staler)).toEqual(staler);
  });

  it('marks a KR that never refreshed as 0 and stale', () => {
    const stale = markProgressStale(undefined, {
      keyResultId: 'kr-9',
      sourceType: 'jira',
      reason: 'x'.repeat(600),
      at: '2026-11-15T08:00:00Z',
    });
    expect(stale).toMatchObject({ keyResultId: 'kr-9', progress: 0, stale: true, asOf: '2026-11-15T08:00:00Z' });
    expect(stale.staleReason).toHaveLength(500);
    expect(KrProgress.parse(stale)).toEqual(stale);
  });

  it('takes a daily snapshot with issue counts and points', () => {
    const stored = freshProgress('kr-1', result, '2026-11-15T08:00:00Z');
    expect(snapshotOf(stored, '2026-11-15')).toEqual({
      keyResultId: 'kr-1',
      date: '2026-11-15',
      progress: 0.375,
      scopeIssues: 2,
      doneIssues: 1,
      scopePoints: 8,
      donePoints: 3,
    });
    expect(snapshotOf(aKrProgress(), '2026-11-15')).not.toHaveProperty('scopePoints');
  });
});
