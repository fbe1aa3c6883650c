import { weightedMean } from '../../../src/domain';

describe('weightedMean', () => {
  it('weighs each value', () => {
    // (1 × 0.5 + 3 × 1) / (1 + 3) = 3.5 / 4 = 0.875
    expect(
      weightedMean([
        { weight: 1, value: 0.5 },
        { weight: 3, value: 1 },
      ]),
    ).toBe(0.875);
  });

  it('ignores terms of weight 0 and is undefined when nothing counts', () => {
    expect(
      weightedMean([
        { weight: 0, value: 1 },
        { weight: 2, value: 0.25 },
      ]),
    ).toBe(0.25);
    expect(weightedMean([{ weight: 0, value: 1 }])).toBeUndefined();
    expect(weightedMean([])).toBeUndefined();
  });

  it('stays finite with weights whose sum overflows', () => {
    // both weights equal, so the mean is (0 + 1) / 2 = 0.5, even though 1e308 + 1e308 is Infinity
    expect(
      weightedMean([
        { weight: 1e308, value: 0 },
        { weight: 1e308, value: 1 },
      ]),
    ).toBe(0.5);
  });

  it('keeps the precision of tiny weights', () => {
    // equal weights: (0.2 + 0.6) / 2 = 0.4, even at the smallest positive double
    expect(
      weightedMean([
        { weight: 5e-324, value: 0.2 },
        { weight: 5e-324, value: 0.6 },
      ]),
    ).toBe(0.4);
  });

  it('never drifts outside the values it averages', () => {
    const third = 1 / 3;
    expect(
      weightedMean([
        { weight: 0.1, value: third },
        { weight: 0.7, value: third },
        { weight: 0.2, value: third },
      ]),
    ).toBe(third);
  });
});
