import { cadenceOf } from '../../../src/usecases/check-ins/cadence';
import { checkInOverdue } from '../../../src/usecases/check-ins/overdue';

const settings = { checkInCadenceDays: 14, timeZone: 'UTC' };
const q4 = { end: '2026-12-31' };
const last = { at: '2026-11-02T16:00:00.000Z' };

describe('checkInOverdue', () => {
  it('is due on the 14th day after the last check-in and overdue from the 15th', () => {
    expect(checkInOverdue(last, q4, '2026-11-16', settings)).toBeUndefined();
    expect(checkInOverdue(last, q4, '2026-11-17', settings)).toBe(
      'Check-in overdue: the last one was on 2026-11-02, and check-ins are due every 14 days.',
    );
  });

  it('counts days in the site’s time zone', () => {
    // 23:30 UTC on Nov 2 is already Nov 3 in Auckland, so Nov 17 is only the 14th day there.
    const late = { at: '2026-11-02T23:30:00.000Z' };
    expect(checkInOverdue(late, q4, '2026-11-17', { ...settings, timeZone: 'Pacific/Auckland' })).toBeUndefined();
  });

  it('follows the cadence setting', () => {
    expect(checkInOverdue(last, q4, '2026-11-10', { ...settings, checkInCadenceDays: 7 })).toContain('every 7 days');
  });

  it('follows the objective’s own cadence when it sets one, the site’s otherwise', () => {
    // Objective every 7 days: Nov 2 + 7 = Nov 9 is due, Nov 10 is overdue though the site's 14 days have not passed.
    const weekly = cadenceOf({ checkInCadenceDays: 7 }, settings);
    expect(weekly).toBe(7);
    expect(checkInOverdue(last, q4, '2026-11-09', settings, weekly)).toBeUndefined();
    expect(checkInOverdue(last, q4, '2026-11-10', settings, weekly)).toBe(
      'Check-in overdue: the last one was on 2026-11-02, and check-ins are due every 7 days.',
    );
    // Objective every 30 days: Nov 2 + 30 = Dec 2 is due, though the site's 14 would call Nov 17 overdue.
    const monthly = cadenceOf({ checkInCadenceDays: 30 }, settings);
    expect(checkInOverdue(last, q4, '2026-12-02', settings, monthly)).toBeUndefined();
    expect(checkInOverdue(last, q4, '2026-12-03', settings, monthly)).toContain('every 30 days');
    expect(cadenceOf({}, settings)).toBe(14);
    expect(cadenceOf(undefined, settings)).toBe(14);
  });

  it('never for a KR without check-ins, nor once its period has ended', () => {
    expect(checkInOverdue(undefined, q4, '2026-12-20', settings)).toBeUndefined();
    expect(checkInOverdue(last, { end: '2026-11-10' }, '2026-11-20', settings)).toBeUndefined();
    expect(checkInOverdue(last, undefined, '2026-11-20', settings)).toBeUndefined();
  });
});
