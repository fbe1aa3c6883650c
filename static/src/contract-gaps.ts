/**
 * Payloads and answers the UI needs that src/contract.ts does not define yet. They are the UI's assumption, kept
 * in one place so they can move into the contract (and the backend's zod schemas) unchanged or be corrected here.
 */
import type {
  BurnupPointDto,
  KrKind,
  KrSourceDto,
  ObjectiveLevel,
  PortfolioView,
  TargetDto,
} from '../../src/contract';

export interface IssueContextPayload {
  issueId: string;
}
export interface KeyResultDetailPayload {
  keyResultId: string;
}
export interface ProjectPagePayload {
  projectId: string;
}

/** okr/gadget answers the portfolio slice the gadget shows, plus a burn-up when `view` is `burnup`. */
export type GadgetView = Pick<PortfolioView, 'period' | 'roots' | 'totals'> & { burnup?: BurnupPointDto[] };

export interface LinkTargetPayload {
  keyResultId: string;
  target: TargetDto;
}

export interface ObjectiveInput {
  title: string;
  periodId: string;
  level: ObjectiveLevel;
  team?: string;
  ownerIds: string[];
}
/** `version` is what the editor loaded, so the backend can answer CONFLICT when someone saved in between. */
export type UpdateObjectivePayload = Partial<ObjectiveInput> & { objectiveId: string; version?: number };

export interface KeyResultInput {
  objectiveId: string;
  title: string;
  kind: KrKind;
  weight: number;
  ownerIds: string[];
  source: KrSourceDto;
}
export type UpdateKeyResultPayload = Partial<Omit<KeyResultInput, 'objectiveId'>> & {
  keyResultId: string;
  version?: number;
};

/** Mutations answer the id they wrote; the views reload what they show. */
export interface Written {
  id: string;
}
