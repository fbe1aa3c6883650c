import { computeObjectiveProgress, rollupObjectives, type ObjectiveGraph } from '../../../src/domain';
import { aKeyResult, anObjective } from '../builders';

function graphOf(
  objectives: ObjectiveGraph['objectives'],
  keyResults: [id: string, objectiveId: string, weight: number, progress?: number][],
): ObjectiveGraph {
  return {
    objectives,
    keyResults: keyResults.map(([id, objectiveId, weight]) => aKeyResult({ id, objectiveId, weight })),
    keyResultProgress: new Map(
      keyResults.flatMap(([id, , , progress]) => (progress === undefined ? [] : [[id, progress] as const])),
    ),
  };
}

describe('computeObjectiveProgress', () => {
  it('is the weighted mean of its key results', () => {
    const graph = graphOf(
      [anObjective({ id: 'O' })],
      [
        ['kr-a', 'O', 1, 0.375],
        ['kr-b', 'O', 3, 0.8],
      ],
    );
    const result = computeObjectiveProgress('O', graph);
    // (1 × 0.375 + 3 × 0.8) / (1 + 3) = 2.775 / 4 = 0.69375
    expect(result.progress).toBeCloseTo(0.69375, 12);
    expect(result.totalWeight).toBe(4);
    expect(result.terms).toEqual([
      { kind: 'key-result', id: 'kr-a', weight: 1, progress: 0.375 },
      { kind: 'key-result', id: 'kr-b', weight: 3, progress: 0.8 },
    ]);
    expect(result.flags).toEqual([]);
  });

  it('shows a KR of weight 0 without counting it', () => {
    const graph = graphOf(
      [anObjective({ id: 'O' })],
      [
        ['kr-a', 'O', 1, 0.4],
        ['kr-b', 'O', 0, 1],
      ],
    );
    const result = computeObjectiveProgress('O', graph);
    // only kr-a counts: 0.4
    expect(result.progress).toBe(0.4);
    expect(result.terms[1]).toEqual({ kind: 'key-result', id: 'kr-b', weight: 0, progress: 1, skipped: 'zero-weight' });
  });

  it('gives 0 with a flag when every weight is 0 or there is nothing to roll up', () => {
    const zero = computeObjectiveProgress('O', graphOf([], [['kr-a', 'O', 0, 0.9]]));
    expect(zero.progress).toBe(0);
    expect(zero.flags).toEqual(['all-weights-zero']);
    const empty = computeObjectiveProgress('O', graphOf([anObjective({ id: 'O' })], []));
    expect(empty.progress).toBe(0);
    expect(empty.flags).toEqual(['no-key-results']);
  });

  it('counts a KR without stored progress as 0, and says so', () => {
    const result = computeObjectiveProgress(
      'O',
      graphOf(
        [],
        [
          ['kr-a', 'O', 1, 1],
          ['kr-b', 'O', 1],
        ],
      ),
    );
    // (1 + 0) / 2 = 0.5
    expect(result.progress).toBe(0.5);
    expect(result.flags).toEqual(['missing-key-result-progress']);
  });

  it('rolls aligned child objectives up as terms weighted by their contribution, recursively', () => {
    const objectives = [
      anObjective({ id: 'C', level: 'company' }),
      anObjective({ id: 'D', level: 'department', parent: { objectiveId: 'C', contributionWeight: 2 } }),
      anObjective({ id: 'T', level: 'team', parent: { objectiveId: 'D', contributionWeight: 1 } }),
    ];
    const graph = graphOf(objectives, [
      ['kr-c', 'C', 1, 0.5],
      ['kr-d', 'D', 1, 0.8],
      ['kr-t1', 'T', 1, 0.2],
      ['kr-t2', 'T', 1, 0.6],
    ]);
    // T = (0.2 + 0.6) / 2 = 0.4
    // D = (1 × 0.8 + 1 × T) / 2 = (0.8 + 0.4) / 2 = 0.6
    // C = (1 × 0.5 + 2 × D) / 3 = (0.5 + 1.2) / 3 = 1.7 / 3 = 0.5666…
    const all = rollupObjectives(graph);
    expect(all.get('T')?.progress).toBeCloseTo(0.4, 12);
    expect(all.get('D')?.progress).toBeCloseTo(0.6, 12);
    expect(all.get('C')?.progress).toBeCloseTo(1.7 / 3, 12);
    expect(all.get('C')?.terms.map((t) => [t.kind, t.id, t.weight])).toEqual([
      ['key-result', 'kr-c', 1],
      ['objective', 'D', 2],
    ]);
    expect(computeObjectiveProgress('C', graph).progress).toBe(all.get('C')?.progress);
  });

  it('shows an abandoned child without counting it', () => {
    const objectives = [
      anObjective({ id: 'P' }),
      anObjective({ id: 'X', state: 'abandoned', parent: { objectiveId: 'P', contributionWeight: 1 } }),
    ];
    const result = computeObjectiveProgress(
      'P',
      graphOf(objectives, [
        ['kr-p', 'P', 1, 0.9],
        ['kr-x', 'X', 1, 0],
      ]),
    );
    expect(result.progress).toBe(0.9);
    expect(result.terms[1]).toMatchObject({ kind: 'objective', id: 'X', skipped: 'abandoned' });
  });

  it('stops at an alignment loop in stored data instead of recursing forever', () => {
    const objectives = [
      anObjective({ id: 'A', parent: { objectiveId: 'B', contributionWeight: 1 } }),
      anObjective({ id: 'B', parent: { objectiveId: 'A', contributionWeight: 1 } }),
    ];
    const result = computeObjectiveProgress(
      'A',
      graphOf(objectives, [
        ['kr-a', 'A', 1, 0.2],
        ['kr-b', 'B', 1, 0.6],
      ]),
    );
    // B = kr-b only (its child A is the loop) = 0.6; A = (0.2 + 0.6) / 2 = 0.4
    expect(result.progress).toBeCloseTo(0.4, 12);
    const all = rollupObjectives(
      graphOf(objectives, [
        ['kr-a', 'A', 1, 0.2],
        ['kr-b', 'B', 1, 0.6],
      ]),
    );
    expect(all.get('B')?.flags).toContain('alignment-cycle');
  });
});
