import type { MetricSource } from '../model/key-result-source';
import { noIssues, type ProgressResult } from './progress-result';
import { clamp, snap } from './numbers';

/**
 * progress = clamp((current − start) / (target − start), 0, 1). The same formula serves `decrease` metrics: both
 * differences are negative, so their ratio is positive while the metric moves the right way.
 */
export function computeMetricProgress(metric: Omit<MetricSource, 'type'>): ProgressResult {
  const { start, target, current, direction, unit } = metric;
  // Differences of numbers near ±1.8e308 overflow, so the ratio itself must be checked, not only the inputs.
  const raw = (current - start) / (target - start);
  const usable = [start, target, current].every(Number.isFinite) && target !== start && Number.isFinite(raw);
  // Snapping turns 0.9999999999999998 into 1, so a metric that reached its target reads as done.
  const progress = usable ? clamp(snap(raw), 0, 1) : 0;
  return {
    progress,
    evidence: {
      sourceType: 'metric',
      scope: noIssues(),
      metric: { start, target, current, direction, ...(unit === undefined ? {} : { unit }) },
      emptyScope: false,
      flags: usable ? [] : ['invalid-metric'],
    },
  };
}
