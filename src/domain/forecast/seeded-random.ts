/**
 * mulberry32: a tiny seeded PRNG, so a forecast is reproducible from its seed (no Math.random in the domain).
 * Each Monte Carlo trial gets its own stream, derived from the seed and the trial's index, so a trial's sampled
 * weeks do not depend on how many draws earlier trials made: more remaining work can then never finish earlier.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trialRandom(seed: number, trial: number): Random {
  return seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(trial + 1, 0xc2b2ae35));
}
