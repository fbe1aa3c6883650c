import fc from 'fast-check';
import {
  daysInclusive,
  dayFromNumber,
  dayNumber,
  fiscalYearOf,
  fiscalYearPeriod,
  Period,
  periodsOfYear,
  quarterOf,
  addDays,
} from '../../../src/domain';

describe('quarterOf', () => {
  it('uses plain calendar names when the fiscal year starts in January', () => {
    expect(quarterOf('2026-11-15', 1)).toEqual({
      id: '2026-Q4',
      name: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(quarterOf('2026-01-01', 1)).toEqual({
      id: '2026-Q1',
      name: 'Q1 2026',
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  it('names a fiscal year by the calendar year it ends in (April start)', () => {
    // FY2027 runs 2026-04-01 … 2027-03-31.
    expect(quarterOf('2026-05-10', 4)).toEqual({
      id: 'FY2027-Q1',
      name: 'Q1 FY2027',
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(quarterOf('2027-03-31', 4)).toMatchObject({ id: 'FY2027-Q4', start: '2027-01-01', end: '2027-03-31' });
    expect(quarterOf('2027-04-01', 4)).toMatchObject({ id: 'FY2028-Q1', start: '2027-04-01' });
  });

  it('handles quarters that straddle a year end and a leap day (November start)', () => {
    // FY2028 runs 2027-11-01 … 2028-10-31; Q1 is Nov–Jan, Q2 Feb–Apr with Feb 29.
    expect(quarterOf('2028-01-15', 11)).toMatchObject({ id: 'FY2028-Q1', start: '2027-11-01', end: '2028-01-31' });
    expect(quarterOf('2028-02-29', 11)).toMatchObject({ id: 'FY2028-Q2', start: '2028-02-01', end: '2028-04-30' });
  });
});

describe('periodsOfYear and fiscalYearPeriod', () => {
  it('lists the four quarters of FY2027 with an April start', () => {
    expect(periodsOfYear(2027, 4).map((p) => [p.id, p.start, p.end])).toEqual([
      ['FY2027-Q1', '2026-04-01', '2026-06-30'],
      ['FY2027-Q2', '2026-07-01', '2026-09-30'],
      ['FY2027-Q3', '2026-10-01', '2026-12-31'],
      ['FY2027-Q4', '2027-01-01', '2027-03-31'],
    ]);
  });

  it('gives the whole fiscal year as one period', () => {
    expect(fiscalYearPeriod(2027, 4)).toEqual({ id: 'FY2027', name: 'FY2027', start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearPeriod(2026, 1)).toEqual({ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('fiscal periods, for any day and start month', () => {
  const day = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2099-12-31') }).map(dayFromNumber);
  const month = fc.integer({ min: 1, max: 12 });

  it('the quarter of a day contains it, is valid, and is one of its fiscal year’s quarters', () => {
    fc.assert(
      fc.property(day, month, (d, m) => {
        const quarter = quarterOf(d, m);
        expect(Period.safeParse(quarter).success).toBe(true);
        expect(quarter.start <= d && d <= quarter.end).toBe(true);
        expect(periodsOfYear(fiscalYearOf(d, m), m)).toContainEqual(quarter);
      }),
    );
  });

  it('the quarters of a year are contiguous and cover the whole year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), month, (fy, m) => {
        const quarters = periodsOfYear(fy, m);
        quarters.slice(1).forEach((q, i) => expect(q.start).toBe(addDays(quarters[i]!.end, 1)));
        const year = fiscalYearPeriod(fy, m);
        expect(quarters[0]!.start).toBe(year.start);
        expect(quarters[3]!.end).toBe(year.end);
        expect([365, 366]).toContain(daysInclusive(year.start, year.end));
      }),
    );
  });
});
