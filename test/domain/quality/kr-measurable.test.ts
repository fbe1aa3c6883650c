import { aKeyResult, aMetricKeyResult } from '../builders';
import { findingsOf, ids } from './helpers';

const milestones = (n: number) => ({
  type: 'milestones' as const,
  items: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, title: `Step ${i}`, done: false })),
});

describe('okr.kr-measurable', () => {
  it('passes a metric with a numeric target, a Jira source, and a checklist of several milestones', () => {
    const keyResults = [
      aMetricKeyResult({ id: 'metric' }),
      aKeyResult({ id: 'jira' }),
      aKeyResult({ id: 'steps', source: milestones(3) }),
    ];
    expect(findingsOf('okr.kr-measurable', { keyResults })).toEqual([]);
  });

  it('flags a checklist of a single milestone: progress would jump from 0 to 100%', () => {
    const [finding] = findingsOf('okr.kr-measurable', {
      keyResults: [aKeyResult({ id: 'one', source: milestones(1) })],
    });
    expect(finding).toMatchObject({ severity: 'warning', subject: { kind: 'key-result', id: 'one' } });
    expect(finding?.reason).toMatch(/single milestone/i);
  });

  it('flags a key result with no source yet', () => {
    const { source: _, ...draft } = aKeyResult({ id: 'bare' });
    expect(ids(findingsOf('okr.kr-measurable', { keyResults: [draft] }))).toEqual(['bare']);
  });
});
