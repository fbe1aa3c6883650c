import fc from 'fast-check';
import { gradeKeyResult, roundGrade } from '../../../src/domain';

describe('roundGrade', () => {
  it.each([
    [0, 0],
    [0.04, 0],
    [0.05, 0.1], // halves round up
    [0.15, 0.2],
    [0.25, 0.3],
    [0.35, 0.4],
    [0.45, 0.5],
    [0.55, 0.6],
    [0.649, 0.6],
    [0.94999, 0.9],
    [0.95, 1],
    [1, 1],
    [7 / 20, 0.4], // 7 of 20 done = 0.35
    [0.06 - 0.01, 0.1], // 0.049999999999999996 in binary: naive Math.round(x * 10) / 10 gives 0
    [0.06 + 0.59, 0.7], // 0.6499999999999999 in binary: naive rounding gives 0.6
    [0.1 + 0.2, 0.3], // 0.30000000000000004
    [-0.2, 0], // out of range input is clamped, never a negative grade
    [1.3, 1],
    [Number.NaN, 0],
  ])('rounds %d to %d', (progress, grade) => {
    expect(roundGrade(progress)).toBe(grade);
  });

  it('gives a tenth within 0.05 of the progress, and never lowers a grade for more progress', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const grade = roundGrade(a);
        expect(Number.isInteger(Math.round(grade * 10)) && Math.abs(grade * 10 - Math.round(grade * 10)) < 1e-9).toBe(
          true,
        );
        expect(Math.abs(grade - a)).toBeLessThanOrEqual(0.05 + 1e-9);
        if (a <= b) expect(roundGrade(a)).toBeLessThanOrEqual(roundGrade(b));
      }),
    );
  });
});

describe('gradeKeyResult', () => {
  it.each([
    [0.96, 'committed', 1, true], // rounds to 1.0: the bar is met on the grade
    [0.94, 'committed', 0.9, false],
    [0.65, 'aspirational', 0.7, true], // rounds to 0.7: the stretch norm
    [0.64, 'aspirational', 0.6, false],
    [1, 'aspirational', 1, true],
  ] as const)('progress %d of a %s KR grades %d, success %s', (progress, kind, grade, success) => {
    expect(gradeKeyResult(progress, kind)).toEqual({ grade, success });
  });

  it('uses the site stretch norm', () => {
    expect(gradeKeyResult(0.7, 'aspirational', 0.75)).toEqual({ grade: 0.7, success: false });
    expect(gradeKeyResult(0.76, 'aspirational', 0.75)).toEqual({ grade: 0.8, success: true });
  });
});
