import { createKrBaselineRepository, type KrBaseline } from '../../src/store/kr-baseline-repository';
import { freshKvs } from './builders';

const baseline: KrBaseline = {
  keyResultId: 'kr-1',
  asOf: '2026-10-01T09:00:00.000Z',
  refreshedAt: '2026-10-01T09:00:00.000Z',
  fingerprint: 'abc',
  measure: 'points',
  totals: {
    issues: 3,
    done: 1,
    breakdown: { todo: 1, inProgress: 1 },
    points: { total: 8, done: 3, unestimated: 0 },
    byTarget: [{ target: { kind: 'epic', issueId: '10000' }, issues: 3, done: 1 }],
  },
};

describe('KR baseline repository', () => {
  test('one baseline per KR: saved, replaced, deleted', async () => {
    const repo = createKrBaselineRepository(freshKvs());
    expect(await repo.get('kr-1')).toBeUndefined();
    await repo.save(baseline);
    await repo.save({ ...baseline, asOf: '2026-10-02T09:00:00.000Z' });
    expect((await repo.get('kr-1'))?.asOf).toBe('2026-10-02T09:00:00.000Z');
    await repo.delete('kr-1');
    await repo.delete('kr-1');
    expect(await repo.get('kr-1')).toBeUndefined();
  });

  test('count baselines need no breakdown, points or targets', async () => {
    const repo = createKrBaselineRepository(freshKvs());
    await repo.save({ ...baseline, measure: 'count', totals: { issues: 10, done: 4 } });
    expect((await repo.get('kr-1'))?.totals).toEqual({ issues: 10, done: 4 });
  });
});
