import fc from 'fast-check';
import { checkObjectiveSet, QUALITY_RULE_IDS, type KeyResult, type Objective } from '../../../src/domain';
import { shuffled } from '../arbitraries';
import { aKeyResult, aMetricKeyResult, anObjective, epic } from '../builders';

const titles = [
  'Improve onboarding',
  'Write the migration guide',
  'Raise trial-to-paid from 8% to 12%',
  'Launch in 3 new markets',
  'Customers onboard themselves',
  'Make search better',
];

const objective: fc.Arbitrary<Objective> = fc
  .record({
    n: fc.integer({ min: 0, max: 7 }),
    title: fc.constantFrom(...titles),
    team: fc.option(fc.constantFrom('Growth', 'Platform'), { nil: undefined }),
    periodId: fc.constantFrom('2026-Q4', '2027-Q1'),
    level: fc.constantFrom('company', 'department', 'team', 'individual' as const),
    parent: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
    owned: fc.boolean(),
  })
  .map(({ n, parent, owned, ...rest }) =>
    anObjective({
      ...rest,
      id: `o${n}`,
      ownerIds: owned ? ['557058:owner'] : [],
      parent: parent === undefined || parent === n ? undefined : { objectiveId: `o${parent}`, contributionWeight: 1 },
    }),
  );

const keyResult: fc.Arbitrary<KeyResult> = fc
  .record({
    n: fc.integer({ min: 0, max: 20 }),
    objective: fc.integer({ min: 0, max: 7 }),
    title: fc.constantFrom(...titles),
    metric: fc.boolean(),
    targets: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ n, objective, title, metric, targets }) =>
    metric
      ? aMetricKeyResult({ id: `k${n}`, objectiveId: `o${objective}`, title })
      : aKeyResult({
          id: `k${n}`,
          objectiveId: `o${objective}`,
          title,
          source: {
            type: 'jira',
            measure: 'count',
            targets: Array.from({ length: targets }, (_, i) => epic(String(i + 1))),
            includeSubtasks: false,
          },
        }),
  );

// Unique ids: a store never holds two records under one id.
const objectives = fc.uniqueArray(objective, { selector: (o) => o.id, maxLength: 8 });
const keyResults = fc.uniqueArray(keyResult, { selector: (kr) => kr.id, maxLength: 12 });

describe('checkObjectiveSet properties', () => {
  it('gives the same findings whatever order the records come in', () => {
    fc.assert(
      fc.property(
        objectives.chain((os) => fc.tuple(fc.constant(os), shuffled(os))),
        keyResults.chain((krs) => fc.tuple(fc.constant(krs), shuffled(krs))),
        ([os, osShuffled], [krs, krsShuffled]) => {
          const a = checkObjectiveSet({ objectives: os, keyResults: krs });
          const b = checkObjectiveSet({ objectives: osShuffled, keyResults: krsShuffled });
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('is deterministic, and every finding has a known rule id and one-line texts', () => {
    fc.assert(
      fc.property(objectives, keyResults, (os, krs) => {
        const findings = checkObjectiveSet({ objectives: os, keyResults: krs });
        expect(checkObjectiveSet({ objectives: os, keyResults: krs })).toEqual(findings);
        for (const f of findings) {
          expect(QUALITY_RULE_IDS).toContain(f.ruleId);
          expect(f.reason).not.toMatch(/\n/);
          expect(f.suggestion).not.toMatch(/\n/);
          expect(f.reason.length).toBeGreaterThan(0);
          expect(f.suggestion.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(objectives, keyResults, (os, krs) => {
        const before = JSON.stringify([os, krs]);
        checkObjectiveSet({ objectives: os, keyResults: krs });
        expect(JSON.stringify([os, krs])).toBe(before);
      }),
    );
  });
});

describe('checkObjectiveSet', () => {
  it('finds nothing in a well-written objective', () => {
    const objectives = [anObjective({ id: 'co', level: 'company', title: 'Customers choose us for self-serve' })];
    const keyResults = [
      aMetricKeyResult({ id: 'k1', objectiveId: 'co', title: 'Raise trial-to-paid from 8% to 12%' }),
      aKeyResult({ id: 'k2', objectiveId: 'co', title: 'Self-serve onboarding epics done' }),
    ];
    expect(checkObjectiveSet({ objectives, keyResults })).toEqual([]);
  });
});

describe('abandoned objectives', () => {
  it('get no findings, nor do their key results', () => {
    const objectives = [anObjective({ id: 'gone', state: 'abandoned', title: 'Write the migration guide' })];
    const keyResults = [aKeyResult({ id: 'k', objectiveId: 'gone', title: 'Improve onboarding', ownerIds: [] })];
    expect(checkObjectiveSet({ objectives, keyResults })).toEqual([]);
  });
});
