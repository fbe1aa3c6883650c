import { computeMetricProgress, type MetricSource } from '../../../src/domain';

const increase: Omit<MetricSource, 'type'> = { start: 10, target: 50, current: 20, direction: 'increase', unit: '%' };
const decrease: Omit<MetricSource, 'type'> = {
  start: 200,
  target: 100,
  current: 150,
  direction: 'decrease',
  unit: 'ms',
};

describe('computeMetricProgress', () => {
  it.each([
    ['part way up', increase, 0.25], // (20 − 10) / (50 − 10) = 10 / 40 = 0.25
    ['part way down', decrease, 0.5], // (150 − 200) / (100 − 200) = −50 / −100 = 0.5
    ['past the target', { ...increase, current: 60 }, 1], // 50 / 40 = 1.25 → clamped to 1
    ['below the start', { ...increase, current: 5 }, 0], // −5 / 40 → clamped to 0
    ['a decrease going the wrong way', { ...decrease, current: 250 }, 0], // 50 / −100 → 0
    ['at the target', { ...decrease, current: 100 }, 1],
  ])('%s', (_case, metric, expected) => {
    const result = computeMetricProgress(metric);
    expect(result.progress).toBe(expected);
    expect(result.evidence.metric).toEqual(metric);
    expect(result.evidence.flags).toEqual([]);
  });

  it('reads through floating-point noise', () => {
    // (0.3 − 0.1) / (0.5 − 0.1) is 0.49999999999999994 in binary; a user computes 0.5
    expect(computeMetricProgress({ start: 0.1, target: 0.5, current: 0.3, direction: 'increase' }).progress).toBe(0.5);
  });

  it('gives 0 with invalid-metric for numbers that cannot give progress', () => {
    for (const metric of [
      { ...increase, target: 10 },
      { ...increase, current: Number.NaN },
      { ...increase, target: Infinity },
    ]) {
      const result = computeMetricProgress(metric);
      expect(result.progress).toBe(0);
      expect(result.evidence.flags).toEqual(['invalid-metric']);
    }
  });
});
