import { Period } from '../../../src/domain';
import { Q4_2026 } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

describe('Period', () => {
  it('accepts a quarter and a one-day period', () => {
    expectAccepted(Period, Q4_2026);
    expectAccepted(Period, { ...Q4_2026, end: Q4_2026.start });
  });

  it('rejects an end before the start, naming end', () => {
    expectRejected(Period, { ...Q4_2026, start: '2026-12-31', end: '2026-10-01' }, 'end');
  });

  it.each([
    ['2026-02-30', 'start'],
    ['2026-13-01', 'start'],
    ['2026-10-01T00:00:00Z', 'start'],
    ['1/10/2026', 'start'],
  ])('rejects %s as a calendar day', (day, path) => {
    expectRejected(Period, { ...Q4_2026, start: day }, path);
  });

  it('accepts 29 February in a leap year only', () => {
    expectAccepted(Period, { ...Q4_2026, start: '2028-02-29', end: '2028-03-01' });
    expectRejected(Period, { ...Q4_2026, start: '2027-02-29', end: '2027-03-01' }, 'start');
  });
});
