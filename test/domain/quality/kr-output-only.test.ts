import { aKeyResult, aMetricKeyResult } from '../builders';
import { findingsOf, ids } from './helpers';

describe('okr.kr-output-only', () => {
  it('flags a Jira KR (counting issues or points) when its objective has no metric KR', () => {
    const keyResults = [
      aKeyResult({ id: 'count' }),
      aKeyResult({ id: 'points', source: { type: 'jira', measure: 'points', targets: [], includeSubtasks: false } }),
    ];
    const findings = findingsOf('okr.kr-output-only', { keyResults });
    expect(ids(findings)).toEqual(['count', 'points']);
    expect(findings[0]).toMatchObject({ severity: 'info' });
    expect(findings[0]?.suggestion).toMatch(/metric/i);
  });

  it('is quiet once the objective has an outcome metric beside the output KR', () => {
    const keyResults = [aKeyResult({ id: 'count' }), aMetricKeyResult({ id: 'trial-to-paid' })];
    expect(findingsOf('okr.kr-output-only', { keyResults })).toEqual([]);
  });

  it('looks only at the KR’s own objective', () => {
    const keyResults = [aKeyResult({ id: 'count', objectiveId: 'a' }), aMetricKeyResult({ id: 'm', objectiveId: 'b' })];
    expect(ids(findingsOf('okr.kr-output-only', { keyResults }))).toEqual(['count']);
  });
});
