import { assessPace, DEFAULT_SETTINGS, statusOf } from '../../../src/domain';
import { Q4_2026 } from '../builders';

const defaults = DEFAULT_SETTINGS.statusThresholds; // on-track ≥ −0.10, at-risk ≥ −0.25

describe('statusOf', () => {
  it.each([
    [0.6, 0.5, 'on-track'], // pace +0.10: ahead
    [0.4, 0.5, 'on-track'], // pace −0.10: exactly on the at-risk threshold, still on track
    [0.3, 0.4, 'on-track'], // −0.10 too, though 0.3 − 0.4 is −0.10000000000000003 in binary
    [0.39, 0.5, 'at-risk'], // pace −0.11
    [0.25, 0.5, 'at-risk'], // pace −0.25: exactly on the off-track threshold, still at risk
    [0.2, 0.5, 'off-track'], // pace −0.30
    [1, 0.2, 'done'],
    [1, 1, 'done'],
    [0, 0, 'on-track'],
  ])('progress %d against expected %d is %s', (progress, expected, status) => {
    expect(statusOf(progress, expected, defaults)).toBe(status);
  });

  it('uses the site thresholds', () => {
    const strict = { atRisk: -0.05, offTrack: -0.15 };
    expect(statusOf(0.4, 0.5, strict)).toBe('at-risk'); // −0.10 < −0.05
    expect(statusOf(0.3, 0.5, strict)).toBe('off-track'); // −0.20 < −0.15
  });
});

describe('assessPace', () => {
  it('puts a committed KR at 0.3 on Nov 15 at risk', () => {
    const result = assessPace({ progress: 0.3, period: Q4_2026, today: '2026-11-15', settings: DEFAULT_SETTINGS });
    // expected 45 / 92 ≈ 0.4891; pace 0.3 − 0.4891 ≈ −0.1891: between −0.25 and −0.10
    expect(result.expected).toBe(45 / 92);
    expect(result.pace).toBeCloseTo(0.3 - 45 / 92, 9);
    expect(result.status).toBe('at-risk');
  });

  it('holds an aspirational KR to 70% of the elapsed share', () => {
    const result = assessPace({
      progress: 0.3,
      period: Q4_2026,
      today: '2026-11-15',
      kind: 'aspirational',
      settings: DEFAULT_SETTINGS,
    });
    // expected 45 / 92 × 0.7 ≈ 0.3424; pace ≈ −0.0424 → on-track
    expect(result.expected).toBeCloseTo((45 / 92) * 0.7, 15);
    expect(result.status).toBe('on-track');
  });
});
