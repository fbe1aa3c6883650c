import { daysOverdue, nextDueOn } from '../../../src/usecases/check-ins/due-date';

const q4 = { start: '2026-10-01' };
const base = { createdAt: '2026-09-20T10:00:00.000Z', period: q4, cadenceDays: 14, timeZone: 'UTC' };

describe('nextDueOn', () => {
  it('is one cadence after the last check-in’s day', () => {
    // Nov 2 + 14 days = Nov 16.
    expect(nextDueOn({ ...base, lastCheckInAt: '2026-11-02T16:00:00.000Z' })).toBe('2026-11-16');
  });

  it('counts the last check-in’s day in the site’s time zone', () => {
    // 23:30 UTC on Nov 2 is Nov 3 in Auckland: Nov 3 + 14 = Nov 17.
    const at = '2026-11-02T23:30:00.000Z';
    expect(nextDueOn({ ...base, lastCheckInAt: at, timeZone: 'Pacific/Auckland' })).toBe('2026-11-17');
  });

  it('never checked in: one cadence after the period start, or after the KR’s creation when that is later', () => {
    // Created before the period: Oct 1 + 14 = Oct 15.
    expect(nextDueOn({ ...base, lastCheckInAt: undefined })).toBe('2026-10-15');
    // Created mid-period on Nov 20: Nov 20 + 14 = Dec 4.
    expect(nextDueOn({ ...base, lastCheckInAt: undefined, createdAt: '2026-11-20T08:00:00.000Z' })).toBe('2026-12-04');
  });
});

describe('daysOverdue', () => {
  it('counts whole days past due, 0 on the day and before', () => {
    expect(daysOverdue('2026-11-16', '2026-11-25')).toBe(9);
    expect(daysOverdue('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysOverdue('2026-11-30', '2026-11-25')).toBe(0);
  });
});
