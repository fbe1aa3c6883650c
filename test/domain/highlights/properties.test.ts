import fc from 'fast-check';
import { DEFAULT_SETTINGS, addDays, assessPace, findHighlights, type HighlightCandidate } from '../../../src/domain';

const TODAY = '2026-11-20';
const PERIOD = { start: '2026-10-01', end: '2026-12-31' };
const progress = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1));

/** A KR with snapshots on any of the 10 days before today (some days missing), and a progress today. */
const candidate = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom('committed' as const, 'aspirational' as const),
      days: fc.array(fc.option(progress, { nil: undefined }), { minLength: 10, maxLength: 10 }),
      today: progress,
    })
    .map(({ kind, days, today }): HighlightCandidate => ({
      keyResultId: id,
      kind,
      period: PERIOD,
      snapshots: days.flatMap((value, i) =>
        value === undefined ? [] : [{ date: addDays(TODAY, i - 10), progress: value }],
      ),
      progress: today,
    }));

describe('findHighlights, for any history', () => {
  test('each KR at most once, on a day of the window, and it still holds today', () => {
    fc.assert(
      fc.property(fc.tuple(candidate('a'), candidate('b'), candidate('c')), (candidates) => {
        const found = findHighlights(candidates, TODAY, DEFAULT_SETTINGS);
        expect(new Set(found.map((h) => h.keyResultId)).size).toBe(found.length);
        for (const h of found) {
          expect(h.on >= addDays(TODAY, -6) && h.on <= TODAY).toBe(true);
          const kr = candidates.find((c) => c.keyResultId === h.keyResultId)!;
          const now = assessPace({ ...kr, today: TODAY, settings: DEFAULT_SETTINGS }).status;
          expect(now).toBe(h.what === 'done' ? 'done' : 'on-track');
        }
        // Newest first.
        expect(found.map((h) => h.on)).toEqual([...found.map((h) => h.on)].sort().reverse());
      }),
    );
  });

  test('a KR that did not change in the window is never a highlight', () => {
    fc.assert(
      fc.property(progress, (value) => {
        const flat: HighlightCandidate = {
          keyResultId: 'flat',
          kind: 'committed',
          period: PERIOD,
          snapshots: [{ date: addDays(TODAY, -7), progress: value }],
          progress: value,
        };
        // Flat progress only falls behind as expected progress rises: it never gets better.
        expect(findHighlights([flat], TODAY, DEFAULT_SETTINGS)).toEqual([]);
      }),
    );
  });
});
