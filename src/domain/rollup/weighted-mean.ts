import { clamp } from './numbers';

export interface WeightedValue {
  weight: number;
  value: number;
}

/**
 * Σ wᵢvᵢ / Σ wᵢ over the terms with a positive finite weight; undefined when there is none.
 *
 * Weights are first divided by the power of two nearest below the largest: that division is exact in binary, and
 * it keeps huge weights (1e308) from overflowing the sum and tiny ones (5e-324) from losing their precision.
 * The result is then held between the smallest and largest value, where a weighted mean lies by definition,
 * against rounding drift (three equal thirds must not average to 0.33333333333333337).
 */
export function weightedMean(terms: readonly WeightedValue[]): number | undefined {
  const counted = terms.filter((t) => Number.isFinite(t.weight) && t.weight > 0 && Number.isFinite(t.value));
  if (counted.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let maxWeight = 0;
  for (const { weight, value } of counted) {
    min = Math.min(min, value);
    max = Math.max(max, value);
    maxWeight = Math.max(maxWeight, weight);
  }
  const scale = 2 ** Math.floor(Math.log2(maxWeight));
  let weightSum = 0;
  let weightedSum = 0;
  for (const { weight, value } of counted) {
    weightSum += weight / scale;
    weightedSum += (weight / scale) * value;
  }
  return clamp(weightedSum / weightSum, min, max);
}
