import { DEFAULT_SETTINGS, findHighlights, type HighlightCandidate } from '../../../src/domain';

/**
 * A 100-day period (2026-10-01 … 2027-01-08), so expected progress on a day is (days since Oct 1) / 100:
 * 11-13 → 43/100 = 0.43, 11-14 → 0.44, …, today 11-20 → 0.50. Thresholds: on-track if pace ≥ −0.10, at-risk if
 * ≥ −0.25. The window is the 7 days 11-14 … 11-20; 11-13 is the day it starts from.
 */
const PERIOD = { start: '2026-10-01', end: '2027-01-08' };
const TODAY = '2026-11-20';

function kr(
  id: string,
  daily: Record<string, number>,
  progress: number,
  kind: HighlightCandidate['kind'] = 'committed',
) {
  return {
    keyResultId: id,
    kind,
    period: PERIOD,
    snapshots: Object.entries(daily).map(([day, value]) => ({ date: `2026-11-${day}`, progress: value })),
    progress,
  } satisfies HighlightCandidate;
}

const find = (...candidates: HighlightCandidate[]) => findHighlights(candidates, TODAY, DEFAULT_SETTINGS);

describe('findHighlights', () => {
  test('a KR reaching 1.0 on 11-16 is done on 11-16', () => {
    const crossing = kr('kr-a', { '13': 0.9, '14': 0.95, '15': 0.95, '16': 1, '17': 1, '18': 1, '19': 1 }, 1);
    expect(find(crossing)).toEqual([{ keyResultId: 'kr-a', what: 'done', on: '2026-11-16' }]);
  });

  test('at-risk until 11-16, on-track from 11-17: recovered on 11-17', () => {
    // 11-16: 0.30 − 0.46 = −0.16 at-risk. 11-17: 0.40 − 0.47 = −0.07 on-track. Today: 0.42 − 0.50 = −0.08 on-track.
    const recovering = kr(
      'kr-b',
      { '13': 0.3, '14': 0.3, '15': 0.3, '16': 0.3, '17': 0.4, '18': 0.41, '19': 0.42 },
      0.42,
    );
    expect(find(recovering)).toEqual([{ keyResultId: 'kr-b', what: 'recovered', on: '2026-11-17' }]);
  });

  test('off-track to on-track is a recovery; off-track to at-risk is not', () => {
    // 11-19: 0.20 − 0.49 = −0.29 off-track. Today: 0.45 − 0.50 = −0.05 on-track; 0.30 − 0.50 = −0.20 at-risk.
    expect(find(kr('kr-up', { '13': 0.2, '19': 0.2 }, 0.45))).toEqual([
      { keyResultId: 'kr-up', what: 'recovered', on: '2026-11-20' },
    ]);
    expect(find(kr('kr-half', { '13': 0.2, '19': 0.2 }, 0.3))).toEqual([]);
  });

  test('recovered on 11-15 and done on 11-19 is listed once, as done', () => {
    // 11-14: 0.30 − 0.44 = −0.14 at-risk; 11-15: 0.40 − 0.45 = −0.05 on-track; 11-19: 1.0 done.
    const both = kr('kr-c', { '13': 0.3, '14': 0.3, '15': 0.4, '16': 0.6, '17': 0.8, '18': 0.9, '19': 1 }, 1);
    expect(find(both)).toEqual([{ keyResultId: 'kr-c', what: 'done', on: '2026-11-19' }]);
  });

  test('a change on 11-13, the day before the window, is not this week', () => {
    expect(find(kr('kr-d', { '12': 0.5, '13': 1, '19': 1 }, 1))).toEqual([]);
  });

  test('a highlight must still hold today: done then scope grew, or recovered then slipped back', () => {
    // Done on 11-16, today 0.9 (scope grew): not done now. Recovered 11-17 (as above), today 0.35 − 0.50 = −0.15.
    expect(find(kr('kr-e', { '13': 0.9, '16': 1 }, 0.9))).toEqual([]);
    expect(find(kr('kr-f', { '13': 0.3, '16': 0.3, '17': 0.4 }, 0.35))).toEqual([]);
  });

  test('days without a snapshot carry the last value: 0.8 on 11-13, next known 1.0 on 11-19 → done on 11-19', () => {
    expect(find(kr('kr-g', { '13': 0.8, '19': 1 }, 1))).toEqual([
      { keyResultId: 'kr-g', what: 'done', on: '2026-11-19' },
    ]);
  });

  test('with no earlier value there is nothing to compare: done today with no history is not a highlight', () => {
    expect(find(kr('kr-new', {}, 1))).toEqual([]);
    // First snapshot 11-17 at 0: the 0 carries to 11-19, so reaching 1 today is a crossing today.
    expect(find(kr('kr-young', { '17': 0 }, 1))).toEqual([{ keyResultId: 'kr-young', what: 'done', on: '2026-11-20' }]);
  });

  test("today's stored progress wins over a snapshot dated today", () => {
    const candidate = {
      ...kr('kr-h', { '13': 0.9 }, 0.9),
      snapshots: [
        { date: '2026-11-13', progress: 0.9 },
        { date: TODAY, progress: 1 },
      ],
    };
    expect(find(candidate)).toEqual([]);
  });

  test('aspirational KRs are paced at 0.7 of the elapsed share', () => {
    // Expected 11-19: 0.49 × 0.7 = 0.343; today 0.50 × 0.7 = 0.35. 0.20 − 0.343 = −0.143 at-risk; 0.30 − 0.35 = −0.05
    // on-track: recovered today. The same numbers for a committed KR stay at-risk: 0.30 − 0.50 = −0.20.
    expect(find(kr('kr-moon', { '13': 0.2, '19': 0.2 }, 0.3, 'aspirational'))).toEqual([
      { keyResultId: 'kr-moon', what: 'recovered', on: '2026-11-20' },
    ]);
    expect(find(kr('kr-promise', { '13': 0.2, '19': 0.2 }, 0.3))).toEqual([]);
  });

  test('newest first; on the same day done before recovered; then by id', () => {
    const doneToday = kr('kr-2', { '13': 0.9 }, 1);
    const recoveredToday = kr('kr-1', { '13': 0.2, '19': 0.2 }, 0.45);
    const doneEarlier = kr('kr-0', { '13': 0.9, '15': 1 }, 1);
    const alsoDoneToday = kr('kr-3', { '13': 0.9 }, 1);
    expect(
      find(doneEarlier, recoveredToday, alsoDoneToday, doneToday).map((h) => `${h.on} ${h.what} ${h.keyResultId}`),
    ).toEqual(['2026-11-20 done kr-2', '2026-11-20 done kr-3', '2026-11-20 recovered kr-1', '2026-11-15 done kr-0']);
  });

  test('a KR steadily on track or steadily behind is not a highlight', () => {
    expect(
      find(kr('kr-steady', { '13': 0.43, '16': 0.46, '19': 0.49 }, 0.5), kr('kr-stuck', { '13': 0.1 }, 0.1)),
    ).toEqual([]);
  });
});
