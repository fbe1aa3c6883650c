import fc from 'fast-check';
import { committedVsAspirationalReport, type GradedKeyResult } from '../../../src/domain';

describe('committedVsAspirationalReport', () => {
  it('reports committed delivery (grade 1.0) and aspirational reach (grade ≥ 0.7) separately', () => {
    const report = committedVsAspirationalReport([
      { kind: 'committed', progress: 1 },
      { kind: 'committed', progress: 0.96 }, // rounds to 1.0: delivered
      { kind: 'committed', progress: 0.94 }, // 0.9: not delivered
      { kind: 'committed', progress: 0.5 },
      { kind: 'aspirational', progress: 0.65 }, // 0.7: reached
      { kind: 'aspirational', progress: 0.4 },
    ]);
    expect(report).toEqual({
      committed: { count: 4, delivered: 2, rate: 0.5 },
      aspirational: { count: 2, reached: 1, averageGrade: 0.55 },
    });
    expect(report).not.toHaveProperty('rate');
  });

  it('uses an edited grade over the one suggested from progress', () => {
    const report = committedVsAspirationalReport([
      { kind: 'committed', progress: 0.5, grade: 1 },
      { kind: 'aspirational', progress: 0.9, grade: 0.3 },
    ]);
    expect(report.committed.delivered).toBe(1);
    expect(report.aspirational).toEqual({ count: 1, reached: 0, averageGrade: 0.3 });
  });

  it('gives null, never NaN, for a kind with no key results', () => {
    expect(committedVsAspirationalReport([])).toEqual({
      committed: { count: 0, delivered: 0, rate: null },
      aspirational: { count: 0, reached: 0, averageGrade: null },
    });
  });

  it('averages grades without binary drift: 0.9, 0.9 and 0.9 average to 0.9', () => {
    const report = committedVsAspirationalReport(
      [0.9, 0.9, 0.9].map((progress) => ({ kind: 'aspirational', progress })),
    );
    expect(report.aspirational.averageGrade).toBe(0.9);
  });

  it('takes the stretch norm as an option', () => {
    const report = committedVsAspirationalReport([{ kind: 'aspirational', progress: 0.6 }], 0.6);
    expect(report.aspirational.reached).toBe(1);
  });

  it('keeps rates and averages in [0, 1] and counts every KR once', () => {
    const kr: fc.Arbitrary<GradedKeyResult> = fc.record({
      kind: fc.constantFrom('committed' as const, 'aspirational' as const),
      progress: fc.double({ min: -1, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(kr), (krs) => {
        const { committed, aspirational } = committedVsAspirationalReport(krs);
        expect(committed.count + aspirational.count).toBe(krs.length);
        for (const x of [committed.rate, aspirational.averageGrade]) {
          if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
        }
        expect(committed.delivered).toBeLessThanOrEqual(committed.count);
        expect(aspirational.reached).toBeLessThanOrEqual(aspirational.count);
      }),
    );
  });
});
