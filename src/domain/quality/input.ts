import type { QualityFinding } from './finding';
import type { KeyResult } from '../model/key-result';
import type { KeyResultSource } from '../model/key-result-source';
import type { Objective } from '../model/objective';
import type { Period } from '../model/period';
import type { QualityWording } from './wording';

/** What the checks read of an objective: a stored one fits, and so does a form's draft. */
export type QualityObjective = Pick<Objective, 'id' | 'title' | 'periodId' | 'level' | 'ownerIds'> &
  Partial<Pick<Objective, 'team' | 'parent' | 'state'>>;

/** What the checks read of a key result; a draft may not have chosen its source yet. */
export type QualityKeyResult = Pick<KeyResult, 'id' | 'objectiveId' | 'title' | 'ownerIds'> & {
  source?: KeyResultSource;
};

/** In-progress epics of one project that feed no KR; `inProgressEpics` (all of them) gives the coverage %. */
export interface UnalignedEpics {
  projectId: string;
  /** How people name the project (its key); the wording uses it, the subject keeps the id. */
  label?: string;
  epicIds: readonly string[];
  inProgressEpics?: number;
}

export interface ObjectiveSetInput {
  objectives: readonly QualityObjective[];
  keyResults: readonly QualityKeyResult[];
  periods?: readonly Period[];
  /** Linked targets per KR id, from the link store; when absent a Jira KR's own targets count. */
  linkedTargetsByKr?: ReadonlyMap<string, number>;
  epicsFeedingNoKr?: readonly UnalignedEpics[];
}

export interface QualityOptions {
  minObjectivesPerTeam: number;
  maxObjectivesPerTeam: number;
  recommendedKeyResults: number;
  maxKeyResults: number;
  /** Alignment coverage below this share of in-progress epics is a warning, above it a note. */
  minAlignmentCoverage: number;
  wording: QualityWording;
}

export interface RuleContext extends ObjectiveSetInput {
  options: QualityOptions;
}

export type QualityRule = (ctx: RuleContext) => QualityFinding[];
