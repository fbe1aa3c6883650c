import { addDays, calendarDayIn, dayFromNumber, dayNumber, daysInclusive, firstDayOfMonth } from '../../../src/domain';

describe('calendar days', () => {
  it('counts days with both ends included', () => {
    // Oct 31 + Nov 30 + Dec 31 = 92
    expect(daysInclusive('2026-10-01', '2026-12-31')).toBe(92);
    // Jan 31 + Feb 29 (2028 is a leap year) + Mar 31 = 91
    expect(daysInclusive('2028-01-01', '2028-03-31')).toBe(91);
    expect(daysInclusive('2026-10-01', '2026-10-01')).toBe(1);
  });

  it('round-trips day numbers and adds days across months and years', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayFromNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('rolls months past December into the next year', () => {
    expect(firstDayOfMonth(2026, 13)).toBe('2027-01-01');
    expect(firstDayOfMonth(2026, 4)).toBe('2026-04-01');
  });

  it('ignores daylight saving: the night clocks change is still one day', () => {
    // Europe switched to summer time on 2026-03-29.
    expect(daysInclusive('2026-03-29', '2026-03-30')).toBe(2);
  });
});

describe('calendarDayIn', () => {
  it('gives the day in the site time zone, not in UTC', () => {
    // 23:30 UTC on Mar 31 is 01:30 on Apr 1 in Paris (UTC+2 in summer) and 16:30 on Mar 31 in Los Angeles.
    expect(calendarDayIn('2026-03-31T23:30:00Z', 'Europe/Paris')).toBe('2026-04-01');
    expect(calendarDayIn('2026-03-31T23:30:00Z', 'America/Los_Angeles')).toBe('2026-03-31');
    expect(calendarDayIn('2026-03-31T23:30:00Z', 'UTC')).toBe('2026-03-31');
  });

  it("reads Jira's offset format and Date objects", () => {
    expect(calendarDayIn('2026-01-05T10:00:00.000+0000', 'UTC')).toBe('2026-01-05');
    expect(calendarDayIn(new Date(Date.UTC(2026, 0, 5, 23)), 'Asia/Tokyo')).toBe('2026-01-06');
  });

  it('returns undefined for an unreadable instant or zone instead of a wrong day', () => {
    expect(calendarDayIn('yesterday', 'UTC')).toBeUndefined();
    expect(calendarDayIn('2026-01-05T10:00:00Z', 'Mars/Olympus')).toBeUndefined();
  });
});
