import type { KeyResult } from '../model/key-result';
import type { Objective } from '../model/objective';
import { clamp } from './numbers';
import { weightedMean } from './weighted-mean';

/** What an objective's progress needs: the alignment tree, its KRs, and each KR's stored progress. */
export interface ObjectiveGraph {
  objectives: readonly Pick<Objective, 'id' | 'parent' | 'state'>[];
  keyResults: readonly Pick<KeyResult, 'id' | 'objectiveId' | 'weight'>[];
  /** Progress in [0, 1] by key-result id, usually `KrProgress.progress` from the store. */
  keyResultProgress: ReadonlyMap<string, number>;
}

export type ObjectiveTermSkip = 'zero-weight' | 'abandoned' | 'cycle';

export interface ObjectiveTerm {
  kind: 'key-result' | 'objective';
  id: string;
  weight: number;
  progress: number;
  /** Why the term is shown but left out of the mean. */
  skipped?: ObjectiveTermSkip;
}

export type ObjectiveFlag =
  /** No KR and no aligned child: progress is 0 by convention. */
  | 'no-key-results'
  /** Terms exist but none counts (all weights 0, children abandoned): progress is 0 by convention. */
  | 'all-weights-zero'
  /** A KR has no stored progress yet and counts as 0. */
  | 'missing-key-result-progress'
  /** Stored alignments loop here or below; the looping child is left out instead of recursing forever. */
  | 'alignment-cycle';

export interface ObjectiveProgress {
  objectiveId: string;
  progress: number;
  /** Every term in a stable order (KRs then child objectives, by id), counted or not. */
  terms: ObjectiveTerm[];
  totalWeight: number;
  flags: ObjectiveFlag[];
}

/**
 * Objective progress = Σ wᵢpᵢ / Σ wᵢ over its KRs (weight) and its aligned child objectives (contribution weight),
 * recursively down the alignment tree. Abandoned children are shown but not counted: dropped work should
 * neither drag a parent down nor lift it.
 */
export function computeObjectiveProgress(objectiveId: string, graph: ObjectiveGraph): ObjectiveProgress {
  return new ObjectiveRollup(graph).progressOf(objectiveId);
}

/** Every objective's progress in one pass: each subtree is computed once. */
export function rollupObjectives(graph: ObjectiveGraph): Map<string, ObjectiveProgress> {
  const rollup = new ObjectiveRollup(graph);
  const ids = graph.objectives.map((o) => o.id).sort();
  return new Map(ids.map((id) => [id, rollup.progressOf(id)]));
}

class ObjectiveRollup {
  private readonly done = new Map<string, ObjectiveProgress>();
  private readonly inProgress = new Set<string>();
  private readonly keyResultsOf = new Map<string, ObjectiveGraph['keyResults'][number][]>();
  private readonly childrenOf = new Map<string, ObjectiveGraph['objectives'][number][]>();

  constructor(private readonly graph: ObjectiveGraph) {
    for (const kr of [...graph.keyResults].sort(byId)) push(this.keyResultsOf, kr.objectiveId, kr);
    for (const o of [...graph.objectives].sort(byId)) if (o.parent) push(this.childrenOf, o.parent.objectiveId, o);
  }

  progressOf(objectiveId: string): ObjectiveProgress {
    const known = this.done.get(objectiveId);
    if (known) return known;
    this.inProgress.add(objectiveId);
    const flags = new Set<ObjectiveFlag>();
    const terms: ObjectiveTerm[] = [];

    for (const kr of this.keyResultsOf.get(objectiveId) ?? []) {
      const stored = this.graph.keyResultProgress.get(kr.id);
      if (stored === undefined) flags.add('missing-key-result-progress');
      const weight = usableWeight(kr.weight);
      terms.push(term('key-result', kr.id, weight, toProgress(stored), weight > 0 ? undefined : 'zero-weight'));
    }
    for (const child of this.childrenOf.get(objectiveId) ?? []) {
      const weight = usableWeight(child.parent?.contributionWeight ?? 0);
      if (this.inProgress.has(child.id)) {
        flags.add('alignment-cycle');
        terms.push(term('objective', child.id, weight, 0, 'cycle'));
        continue;
      }
      const skipped = child.state === 'abandoned' ? 'abandoned' : weight > 0 ? undefined : 'zero-weight';
      const childProgress = this.progressOf(child.id);
      // A loop anywhere below makes this number depend on where the loop was cut: say so here too.
      if (childProgress.flags.includes('alignment-cycle')) flags.add('alignment-cycle');
      terms.push(term('objective', child.id, weight, childProgress.progress, skipped));
    }

    const counted = terms.filter((t) => t.skipped === undefined);
    const mean = weightedMean(counted.map((t) => ({ weight: t.weight, value: t.progress })));
    if (terms.length === 0) flags.add('no-key-results');
    else if (mean === undefined) flags.add('all-weights-zero');
    const result: ObjectiveProgress = {
      objectiveId,
      progress: mean ?? 0,
      terms,
      // Capped so that absurd but valid weights (two of 1e308) still give a finite number to show.
      totalWeight: Math.min(
        counted.reduce((sum, t) => sum + t.weight, 0),
        Number.MAX_VALUE,
      ),
      flags: [...flags],
    };
    this.inProgress.delete(objectiveId);
    this.done.set(objectiveId, result);
    return result;
  }
}

function term(
  kind: ObjectiveTerm['kind'],
  id: string,
  weight: number,
  progress: number,
  skipped: ObjectiveTermSkip | undefined,
): ObjectiveTerm {
  return skipped === undefined ? { kind, id, weight, progress } : { kind, id, weight, progress, skipped };
}

function usableWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

function toProgress(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? clamp(value, 0, 1) : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
