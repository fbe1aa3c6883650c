import { nextPeriod } from '../../../src/usecases/periods/next-period';

describe('the quarter unfinished work is carried into', () => {
  test.each([
    ['2026-Q3', 1, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
    ['2026-Q4', 1, { id: '2027-Q1', start: '2027-01-01', end: '2027-03-31' }],
    ['FY2027-Q4', 4, { id: 'FY2028-Q1', start: '2027-04-01', end: '2027-06-30' }],
    ['FY2027-Q2', 4, { id: 'FY2027-Q3', start: '2026-10-01', end: '2026-12-31' }],
  ])('after %s (fiscal year from month %i)', (periodId, fiscalYearStartMonth, expected) => {
    expect(nextPeriod(periodId, { fiscalYearStartMonth })).toMatchObject(expected);
  });

  test('a year, or something that is no period, has none', () => {
    expect(nextPeriod('2026', { fiscalYearStartMonth: 1 })).toBeUndefined();
    expect(nextPeriod('FY2027', { fiscalYearStartMonth: 4 })).toBeUndefined();
    expect(nextPeriod('next-quarter', { fiscalYearStartMonth: 1 })).toBeUndefined();
    expect(nextPeriod('2100-Q4', { fiscalYearStartMonth: 1 })).toBeUndefined();
  });
});
