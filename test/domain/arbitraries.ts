/** fast-check generators of rollup inputs, deliberately including odd but possible data (no points, NaN points). */
import fc from 'fast-check';
import type { IssueFact, ObjectiveGraph, ReachedIssues, Target } from '../../src/domain';
import { aKeyResult, anObjective, epic, jql, project, version } from './builders';

const targets: Target[] = [epic('100'), epic('101'), project('10000'), version('7'), jql('labels = okr')];

const instant = fc
  .date({ min: new Date('2026-06-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const points = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: 0, max: 21 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.double(), // negative, NaN, ±Infinity: a field the Jira layer may map carelessly
);

export const issueFact: fc.Arbitrary<IssueFact> = fc
  .record({
    id: fc.integer({ min: 1, max: 500 }).map(String),
    hierarchyLevel: fc.constantFrom(-1, 0, 0, 0, 1, 2),
    statusCategory: fc.constantFrom('new', 'indeterminate', 'done'),
    points,
    createdAt: fc.option(instant, { nil: undefined }),
    doneAt: fc.option(instant, { nil: undefined }),
  })
  .map(({ points: p, createdAt, doneAt, ...rest }) => ({
    projectId: '10000',
    versionIds: [],
    ...rest,
    ...(p === undefined ? {} : { points: p }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(doneAt === undefined ? {} : { doneAt }),
  }));

/** A pool of distinct issues, each target reaching a subset: issues shared by targets are the same facts. */
export const reachedIssues: fc.Arbitrary<ReachedIssues[]> = fc
  .uniqueArray(issueFact, { maxLength: 30, selector: (issue) => issue.id })
  .chain((pool) =>
    fc.array(fc.record({ target: fc.constantFrom(...targets), issues: fc.subarray(pool) }), { maxLength: 4 }),
  );

/** One value from each arbitrary, in order. */
function sequence<T>(arbitraries: readonly fc.Arbitrary<T>[]): fc.Arbitrary<T[]> {
  return arbitraries.reduce<fc.Arbitrary<T[]>>(
    (all, next) => fc.tuple(all, next).map(([values, value]) => [...values, value]),
    fc.constant([]),
  );
}

/** The same items in another order. */
export function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** `reached` with its targets and each target's issues reordered. */
export function reorderedReached(reached: ReachedIssues[]): fc.Arbitrary<ReachedIssues[]> {
  return sequence(reached.map((r) => shuffled(r.issues).map((issues) => ({ target: r.target, issues })))).chain(
    (entries) => shuffled(entries),
  );
}

const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true }), fc.constant(1e308));
const progress = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

/** Objectives with random alignments (loops included) and KRs with random weights and progress. */
export const objectiveGraph: fc.Arbitrary<ObjectiveGraph> = fc
  .record({
    objectiveCount: fc.integer({ min: 1, max: 8 }),
    parents: fc.array(
      fc.option(fc.record({ parent: fc.nat(7), weight: fc.double({ min: 0.01, max: 5, noNaN: true }) })),
      {
        minLength: 8,
        maxLength: 8,
      },
    ),
    states: fc.array(fc.constantFrom('active', 'active', 'closed', 'abandoned', 'draft'), {
      minLength: 8,
      maxLength: 8,
    }),
    keyResults: fc.array(
      fc.record({ objective: fc.nat(7), weight, progress: fc.option(progress, { nil: undefined }) }),
      {
        maxLength: 20,
      },
    ),
  })
  .map(({ objectiveCount, parents, states, keyResults }) => {
    const objectives = Array.from({ length: objectiveCount }, (_, i) => {
      const link = parents[i];
      const parent = link && link.parent % objectiveCount !== i ? link : null;
      return anObjective({
        id: `o${i}`,
        state: states[i] ?? 'active',
        ...(parent
          ? { parent: { objectiveId: `o${parent.parent % objectiveCount}`, contributionWeight: parent.weight } }
          : {}),
      });
    });
    const krs = keyResults.map((kr, i) => ({ ...kr, id: `kr${i}`, objectiveId: `o${kr.objective % objectiveCount}` }));
    return {
      objectives,
      keyResults: krs.map((kr) => aKeyResult({ id: kr.id, objectiveId: kr.objectiveId, weight: kr.weight })),
      keyResultProgress: new Map(
        krs.flatMap((kr) => (kr.progress === undefined ? [] : [[kr.id, kr.progress] as const])),
      ),
    };
  });

/** Every number anywhere in a value is finite. */
export function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value instanceof Map) return [...value.values()].every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}
