import { expectedProgress } from '../../../src/domain';
import { Q4_2026, aPeriod } from '../builders';

// Q4 2026 has 92 days (Oct 1 – Dec 31). A day counts as elapsed once it is over.
describe('expectedProgress', () => {
  it.each([
    ['before the period', '2026-09-01', 0],
    ['on its first day', '2026-10-01', 0], // 0 days over
    ['on its second day', '2026-10-02', 1 / 92],
    ['on Nov 15, its 46th day', '2026-11-15', 45 / 92], // 31 (October) + 14 = 45 days over ≈ 0.489
    ['on its last day', '2026-12-31', 91 / 92],
    ['the day after it ends', '2027-01-01', 1],
    ['long after', '2027-06-30', 1],
  ])('committed KR %s', (_case, today, expected) => {
    expect(expectedProgress(Q4_2026, today)).toBe(expected);
  });

  it('scales by the stretch norm for aspirational KRs', () => {
    // 45 / 92 × 0.7 ≈ 0.342
    expect(expectedProgress(Q4_2026, '2026-11-15', 'aspirational')).toBeCloseTo((45 / 92) * 0.7, 15);
    expect(expectedProgress(Q4_2026, '2027-01-01', 'aspirational', 0.6)).toBe(0.6);
  });

  it('handles a one-day period', () => {
    const day = aPeriod({ start: '2026-10-01', end: '2026-10-01' });
    expect(expectedProgress(day, '2026-10-01')).toBe(0);
    expect(expectedProgress(day, '2026-10-02')).toBe(1);
  });
});
