import fc from 'fast-check';
import { addDays, daysInclusive, sampleDays } from '../../../src/domain';

describe('sampleDays', () => {
  it('takes every day of a range no longer than the budget', () => {
    expect(sampleDays('2026-10-01', '2026-10-05', 14)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
    ]);
  });

  it('spreads the budget over a quarter: 1 Jul – 29 Sep (91 days) in 14 days about a week apart', () => {
    // Offsets round(i × 90 / 13) for i = 0..13: 0 7 14 21 28 35 42 48 55 62 69 76 83 90.
    expect(sampleDays('2026-07-01', '2026-09-29', 14)).toEqual([
      '2026-07-01',
      '2026-07-08',
      '2026-07-15',
      '2026-07-22',
      '2026-07-29',
      '2026-08-05',
      '2026-08-12',
      '2026-08-18',
      '2026-08-25',
      '2026-09-01',
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-09-29',
    ]);
  });

  it('is empty for a range that ends before it starts, and the last day alone for a budget of one', () => {
    expect(sampleDays('2026-10-02', '2026-10-01', 14)).toEqual([]);
    expect(sampleDays('2026-10-01', '2026-10-20', 1)).toEqual(['2026-10-20']);
    expect(sampleDays('2026-10-01', '2026-10-20', 0)).toEqual([]);
  });

  it('always holds the first and last day, in order, without repeats, within the budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 2, max: 40 }), (length, max) => {
        const from = '2026-01-01';
        const to = addDays(from, length);
        const days = sampleDays(from, to, max);
        expect(days.length).toBe(Math.min(max, daysInclusive(from, to)));
        expect(days[0]).toBe(from);
        expect(days.at(-1)).toBe(to);
        expect([...days].sort()).toEqual(days);
        expect(new Set(days).size).toBe(days.length);
      }),
    );
  });
});
