import fc from 'fast-check';
import { addDays, flagLateForecast, forecastCompletion, FORECAST_HORIZON_WEEKS } from '../../../src/domain';

const TODAY = '2026-10-05';
const base = { today: TODAY, periodEnd: '2026-12-31', seed: 7, trials: 2_000 };

describe('forecastCompletion', () => {
  it('constant 5 a week with 20 left takes exactly 4 weeks in every trial', () => {
    const f = forecastCompletion({ ...base, remaining: 20, weeklyThroughput: [5, 5, 5, 5] });
    expect(f.p50Date).toBe('2026-11-02');
    expect(f.p85Date).toBe('2026-11-02');
    expect(f.probabilityByPeriodEnd).toBe(1);
    expect(f.insufficientData).toBeUndefined();
    expect(f.assumptions.length).toBeGreaterThan(0);
  });

  it('probability is 1 with the period ending on the completion day and 0 the day before', () => {
    const input = { ...base, remaining: 20, weeklyThroughput: [5] };
    expect(forecastCompletion({ ...input, periodEnd: addDays(TODAY, 28) }).probabilityByPeriodEnd).toBe(1);
    expect(forecastCompletion({ ...input, periodEnd: addDays(TODAY, 27) }).probabilityByPeriodEnd).toBe(0);
  });

  it('a partial week counts as a whole week: 21 left at 5 a week is 5 weeks', () => {
    const f = forecastCompletion({ ...base, remaining: 21, weeklyThroughput: [5] });
    expect(f.p50Date).toBe(addDays(TODAY, 35));
  });

  it('two equally likely weeks, 10 or 0, with 10 left: P(done in week 1) = 1/2, so P50 is week 1', () => {
    // Week k is the first week with a 10 with probability 2^-k: P50 is week 1, P85 is week 3 (1 - 1/8 = 0.875).
    const f = forecastCompletion({ ...base, remaining: 10, weeklyThroughput: [10, 0], trials: 10_000 });
    expect(f.p50Date).toBe(addDays(TODAY, 7));
    expect(f.p85Date).toBe(addDays(TODAY, 21));
    const byWeek2 = forecastCompletion({
      ...base,
      remaining: 10,
      weeklyThroughput: [10, 0],
      periodEnd: addDays(TODAY, 14),
    });
    expect(byWeek2.probabilityByPeriodEnd).toBeCloseTo(0.75, 1);
  });

  it('is deterministic for a seed', () => {
    const input = { ...base, remaining: 37, weeklyThroughput: [0, 3, 8, 2, 6, 1] };
    expect(forecastCompletion(input)).toEqual(forecastCompletion(input));
  });

  it('nothing remaining is done today with certainty', () => {
    const f = forecastCompletion({ ...base, remaining: 0, weeklyThroughput: [] });
    expect(f).toMatchObject({ p50Date: TODAY, p85Date: TODAY, probabilityByPeriodEnd: 1 });
  });

  it('no throughput history, or only zero weeks, is insufficient data', () => {
    for (const weeklyThroughput of [[], [0, 0, 0]]) {
      const f = forecastCompletion({ ...base, remaining: 5, weeklyThroughput });
      expect(f).toMatchObject({ insufficientData: true, p50Date: null, p85Date: null, probabilityByPeriodEnd: null });
      expect(f.assumptions[0]).toMatch(/no forecast/);
    }
  });

  it('past the 2-year horizon the answer is beyond-horizon, and says so', () => {
    const f = forecastCompletion({ ...base, remaining: FORECAST_HORIZON_WEEKS + 1, weeklyThroughput: [1] });
    expect(f.p50Date).toBe('beyond-horizon');
    expect(f.p85Date).toBe('beyond-horizon');
    expect(f.probabilityByPeriodEnd).toBe(0);
    expect(f.assumptions.join(' ')).toMatch(/not within 2 years/);
  });

  const history = fc
    .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 })
    .filter((h) => h.some((w) => w > 0));
  const args = { remaining: fc.integer({ min: 1, max: 200 }), seed: fc.integer(), history };

  it('property: P50 ≤ P85 and the probability is in [0, 1]', () => {
    fc.assert(
      fc.property(fc.record(args), ({ remaining, seed, history: weeklyThroughput }) => {
        const f = forecastCompletion({ ...base, trials: 200, remaining, seed, weeklyThroughput });
        const order = (d: string | null) => (d === 'beyond-horizon' ? '9999-12-31' : (d ?? ''));
        expect(order(f.p50Date) <= order(f.p85Date)).toBe(true);
        expect(f.probabilityByPeriodEnd).toBeGreaterThanOrEqual(0);
        expect(f.probabilityByPeriodEnd).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('property: more remaining work is never forecast earlier, nor more likely by the period end', () => {
    fc.assert(
      fc.property(
        fc.record({ ...args, more: fc.integer({ min: 0, max: 50 }) }),
        ({ remaining, seed, history: h, more }) => {
          const run = (r: number) =>
            forecastCompletion({ ...base, trials: 200, remaining: r, seed, weeklyThroughput: h });
          const less = run(remaining);
          const most = run(remaining + more);
          const order = (d: string | null) => (d === 'beyond-horizon' ? '9999-12-31' : (d ?? ''));
          expect(order(most.p50Date) >= order(less.p50Date)).toBe(true);
          expect(order(most.p85Date) >= order(less.p85Date)).toBe(true);
          expect(most.probabilityByPeriodEnd ?? 0).toBeLessThanOrEqual(less.probabilityByPeriodEnd ?? 0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('flagLateForecast', () => {
  it('flags a P85 after the period end or beyond the horizon, not on the end day, not without a forecast', () => {
    expect(flagLateForecast('2027-01-01', '2026-12-31')).toBe(true);
    expect(flagLateForecast('beyond-horizon', '2026-12-31')).toBe(true);
    expect(flagLateForecast('2026-12-31', '2026-12-31')).toBe(false);
    expect(flagLateForecast(null, '2026-12-31')).toBe(false);
  });
});
