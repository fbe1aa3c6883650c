import { listPeriods } from '../../../src/usecases/periods/list-periods';
import { resolvePeriod } from '../../../src/usecases/periods/resolve-period';

describe('resolvePeriod', () => {
  test.each([
    ['2026-Q4', 1, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
    ['2026', 1, { id: '2026', start: '2026-01-01', end: '2026-12-31' }],
    ['FY2027-Q1', 4, { id: 'FY2027-Q1', start: '2026-04-01', end: '2026-06-30' }],
    ['FY2027', 4, { id: 'FY2027', start: '2026-04-01', end: '2027-03-31' }],
    // Calendar ids keep their calendar dates after the fiscal start changes.
    ['2026-Q4', 4, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
  ])('%s with fiscal start month %i', (id, month, expected) => {
    expect(resolvePeriod(id, { fiscalYearStartMonth: month })).toMatchObject(expected);
  });

  test.each([
    ['FY2027-Q1', 1],
    ['2026-Q5', 1],
    ['1999', 1],
    ['2101-Q1', 1],
    ['Q4 2026', 1],
    ['', 1],
  ])('%s (fiscal start %i) is no period', (id, month) => {
    expect(resolvePeriod(id, { fiscalYearStartMonth: month })).toBeUndefined();
  });

  test('every listed period resolves to itself, for every fiscal start month', () => {
    for (let month = 1; month <= 12; month += 1) {
      for (const period of listPeriods({ fiscalYearStartMonth: month }, '2026-11-16', new Set())) {
        expect(resolvePeriod(period.id, { fiscalYearStartMonth: month })).toEqual({
          id: period.id,
          name: period.name,
          start: period.start,
          end: period.end,
        });
      }
    }
  });
});
