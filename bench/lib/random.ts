/** The benchmarks build their sites with the sandbox's seeded PRNG: same seed, same site. */
export { createRandom, type Random } from '../../sandbox/demo/random';
