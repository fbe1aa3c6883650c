import { computeKeyResultProgress, rollupObjectives, type Period } from '../../../src/domain';
import { samplePortfolio } from '../../../sandbox/demo/sample-portfolio';

const Q4: Period = { id: '2026-Q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };

describe('the sample portfolio npm start prints', () => {
  const { objectives, keyResults, reached } = samplePortfolio(Q4);
  const progress = new Map(
    keyResults.map((kr) => {
      const jira = reached[kr.id];
      return [kr.id, computeKeyResultProgress(kr, jira ? { jira: { kind: 'issues', reached: jira } } : {}).progress];
    }),
  );

  it('computes each key result by its own rule', () => {
    expect(progress.get('kr-perf')).toBeCloseTo(0.65, 10); // (1010 − 1400) / (800 − 1400) = 390/600
    expect(progress.get('kr-cache')).toBeCloseTo(0.55, 10); // (9 + 2) done of (12 + 8) issues
    expect(progress.get('kr-incidents')).toBeCloseTo(0.6, 10); // 6 × 3 of 10 × 3 points
    expect(progress.get('kr-launch')).toBeCloseTo(1 / 3, 10); // 1 of 3 milestones
    expect(progress.get('kr-teams')).toBeCloseTo(0.3875, 10); // (151 − 120) / (200 − 120) = 31/80
  });

  it('rolls up the alignment tree with weights', () => {
    const rolled = rollupObjectives({ objectives, keyResults, keyResultProgress: progress });
    expect(rolled.get('platform')!.progress).toBeCloseTo(0.6, 10); // (0.65 + 0.55) / 2
    expect(rolled.get('eng')!.progress).toBeCloseTo(0.6, 10); // (0.6 KR + 0.6 platform) / 2
    expect(rolled.get('growth')!.progress).toBeCloseTo((1 / 3 + 2 * 0.3875) / 3, 10); // weights 1 and 2
    expect(rolled.get('company')!.progress).toBeCloseTo((0.6 + (1 / 3 + 0.775) / 3) / 2, 10); // ≈ 0.4847
  });
});
