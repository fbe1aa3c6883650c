/** Small numeric helpers that keep every rollup number finite and inside [0, 1]. */

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** part / whole in [0, 1]; 0 when whole is not positive or either side is not finite, never NaN. */
export function ratio(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return 0;
  const value = part / whole;
  return Number.isFinite(value) ? clamp(value, 0, 1) : 0;
}

/**
 * Rounds away binary floating-point noise (0.3 − 0.4 = −0.10000000000000003) before comparing against a
 * threshold a user typed as −0.10. Nine decimals are far below anything a user can see.
 */
export function snap(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * A count from outside (approximate-count, user input): a non-negative integer, 0 when unusable, and capped where
 * integers stay exact so that scope − done is never off by rounding.
 */
export function toCount(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER);
}
