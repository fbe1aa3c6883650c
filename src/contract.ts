/**
 * What the backend and the Custom UI agree on: resolver keys, payloads and the view models they answer, and the one
 * response shape every resolver answers. static/ imports this file for types only (plus RESOLVER_KEYS).
 * Payloads are validated with zod on the backend (src/entry/); these types describe what passes validation.
 */

export const RESOLVER_KEYS = {
  about: 'okr/about',
  getSettings: 'okr/getSettings',
  updateSettings: 'okr/updateSettings',
  listPeriods: 'okr/listPeriods',
  createObjective: 'okr/createObjective',
  updateObjective: 'okr/updateObjective',
  alignObjective: 'okr/alignObjective',
  closeObjective: 'okr/closeObjective',
  abandonObjective: 'okr/abandonObjective',
  createKeyResult: 'okr/createKeyResult',
  updateKeyResult: 'okr/updateKeyResult',
  deleteKeyResult: 'okr/deleteKeyResult',
  previewTarget: 'okr/previewTarget',
  linkTarget: 'okr/linkTarget',
  unlinkTarget: 'okr/unlinkTarget',
  issuePanel: 'okr/issuePanel',
  issueContext: 'okr/issueContext',
  portfolio: 'okr/portfolio',
  keyResultDetail: 'okr/keyResultDetail',
  projectPage: 'okr/projectPage',
  gadget: 'okr/gadget',
  recordCheckIn: 'okr/recordCheckIn',
  checkInDraft: 'okr/checkInDraft',
} as const;

export type ResolverKey = (typeof RESOLVER_KEYS)[keyof typeof RESOLVER_KEYS];

/** Stable error codes the UI can react to (show next to a field, offer a retry or a reload). */
export type ErrorCode =
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PERIOD_CLOSED'
  | 'ALIGNMENT_CYCLE'
  | 'INVALID_TRANSITION'
  | 'ALREADY_LINKED'
  | 'JIRA_UNAVAILABLE'
  | 'NOT_AVAILABLE_YET'
  | 'INTERNAL';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Field paths (e.g. `source.target`) with their messages, for VALIDATION. */
  fields?: { path: string; message: string }[];
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export interface AboutData {
  app: 'okr-rollup-for-jira';
  version: string;
  /** Resolver keys that work in this build; the UI shows "not available yet" for the rest. */
  available: string[];
}

// ---- Shared vocabulary -------------------------------------------------------------------------------------------

export type ObjectiveLevel = 'company' | 'department' | 'team' | 'individual';
export type ObjectiveState = 'draft' | 'active' | 'closed' | 'abandoned';
export type KrKind = 'committed' | 'aspirational';
export type KrStatus = 'on-track' | 'at-risk' | 'off-track' | 'done';
export type Confidence = 'low' | 'medium' | 'high' | number;

export type TargetDto =
  | { kind: 'epic'; issueId: string }
  | { kind: 'project'; projectId: string }
  | { kind: 'version'; versionId: string }
  | { kind: 'jql'; jql: string };

export type KrSourceDto =
  | { type: 'jira'; measure: 'count' | 'points'; targets: TargetDto[]; includeSubtasks: boolean }
  | {
      type: 'metric';
      start: number;
      target: number;
      current: number;
      direction: 'increase' | 'decrease';
      unit?: string;
    }
  | { type: 'milestones'; items: { id: string; title: string; done: boolean }[] };

export interface UserRef {
  accountId: string;
  displayName: string;
}

export interface PeriodDto {
  id: string;
  name: string;
  start: string;
  end: string;
  closed: boolean;
}

/** Flags the rollup sets on evidence (src/domain ProgressFlag); the UI explains each one. */
export type EvidenceFlag =
  | 'no-linked-work'
  | 'no-estimates'
  | 'unestimated-issues'
  | 'no-status-breakdown'
  | 'inconsistent-counts'
  | 'missing-done-dates'
  | 'no-baseline-scope'
  | 'invalid-metric'
  | 'missing-targets';

/** How a number was computed, shown under "how this number was computed". */
export interface EvidenceDto {
  scope: { issues: number; todo: number; inProgress: number; done: number };
  points?: { total: number; done: number };
  metric?: { start: number; target: number; current: number; unit?: string };
  milestones?: { total: number; done: number };
  flags: EvidenceFlag[];
}

export interface KrSummaryDto {
  id: string;
  /** What an edit must send back, so a save over someone else's change answers CONFLICT. */
  version: number;
  objectiveId: string;
  objectiveTitle: string;
  title: string;
  kind: KrKind;
  weight: number;
  owners: UserRef[];
  sourceType: KrSourceDto['type'];
  progress: number;
  expected: number;
  pace: number;
  status: KrStatus;
  evidence: EvidenceDto;
  /** ISO time of the last successful refresh; null before the first one. */
  asOf: string | null;
  stale: boolean;
  staleReason?: string;
  lastCheckIn?: { at: string; author: UserRef; confidence: Confidence };
}

export interface ObjectiveNodeDto {
  id: string;
  version: number;
  parent?: { objectiveId: string; contributionWeight: number };
  title: string;
  level: ObjectiveLevel;
  team?: string;
  state: ObjectiveState;
  owners: UserRef[];
  periodId: string;
  progress: number;
  status: KrStatus;
  keyResults: KrSummaryDto[];
  /** Aligned child objectives, each rolled up with its contribution weight. */
  children: (ObjectiveNodeDto & { contributionWeight: number })[];
}

// ---- Views -------------------------------------------------------------------------------------------------------

export interface IssuePanelPayload {
  issueId: string;
}

export interface IssuePanelView {
  issue: { id: string; key: string; isEpic: boolean };
  /** KRs this issue feeds, with the route (its epic, its project, its version, or a JQL scope). */
  keyResults: (KrSummaryDto & { via: TargetDto['kind'] })[];
  /** On an epic: whether the viewer may link or unlink it. */
  canLink: boolean;
}

export interface IssueContextView {
  feeds: number;
  atRisk: number;
  offTrack: number;
  stale: number;
}

export interface PortfolioPayload {
  periodId?: string;
  level?: ObjectiveLevel;
  team?: string;
  ownerId?: string;
  status?: KrStatus;
  kind?: KrKind;
}

export interface PortfolioView {
  period: PeriodDto;
  periods: PeriodDto[];
  roots: ObjectiveNodeDto[];
  /** Objectives whose parent is outside the filtered view still show, at the top level. */
  totals: { objectives: number; keyResults: number; atRisk: number; offTrack: number; stale: number };
}

/**
 * One day of a burn-up. `scope`, `done` and `expected` are in the KR's unit: issues for `count`, story points for
 * `points`; for metric and milestone KRs scope is 1 and done and expected are progress shares.
 */
export interface BurnupPointDto {
  date: string;
  scope: number;
  done: number;
  expected: number;
}

export interface KeyResultDetailView {
  keyResult: KrSummaryDto & { source: KrSourceDto; periodId: string };
  burnup: BurnupPointDto[];
  /** Contributing epics with their own progress (jira sources). */
  contributors: {
    target: TargetDto;
    label: string;
    progress: number;
    scope: number;
    done: number;
    missing?: boolean;
  }[];
  checkIns: { at: string; author: UserRef; confidence: Confidence; value?: number; note: string }[];
  sinceLastCheckIn?: { doneAdded: number; scopeAdded: number; paceChange: number };
}

export interface ProjectPageView {
  project: { id: string; key: string; name: string };
  keyResults: KrSummaryDto[];
  /** Epics of the project that feed no KR. */
  unlinkedEpics: { id: string; key: string; summary: string }[];
  /** Share of the project's in-progress epics that feed at least one KR, in [0, 1]. */
  coverage: number;
}

export interface GadgetConfig {
  periodId?: string;
  level?: ObjectiveLevel;
  team?: string;
  objectiveId?: string;
  view: 'summary' | 'kr-list' | 'burnup';
}

export interface TargetPreview {
  target: TargetDto;
  label: string;
  scope: { issues: number; done: number };
  /** A few issues the viewer may browse, as a sample of what the scope contains. */
  sample: { key: string; summary: string }[];
}

export interface SettingsDto {
  fiscalYearStartMonth: number;
  timeZone: string;
  storyPointsFieldId?: string;
  statusThresholds: { atRisk: number; offTrack: number };
  checkInCadenceDays: number;
  /** The share of expected progress an aspirational KR is paced and graded against (0.7). */
  aspirationalNorm: number;
}

// ---- Payloads ----------------------------------------------------------------------------------------------------

export interface IssueContextPayload {
  issueId: string;
}

export interface KeyResultDetailPayload {
  keyResultId: string;
}

export interface ProjectPagePayload {
  projectId: string;
}

export type GadgetPayload = GadgetConfig;

/** okr/gadget answers the portfolio slice the gadget shows, plus a burn-up when `view` is `burnup`. */
export type GadgetView = Pick<PortfolioView, 'period' | 'roots' | 'totals'> & { burnup?: BurnupPointDto[] };

export interface PreviewTargetPayload {
  target: TargetDto;
}

export interface LinkTargetPayload {
  keyResultId: string;
  target: TargetDto;
}

export type UnlinkTargetPayload = LinkTargetPayload;

export interface ObjectiveInput {
  title: string;
  description?: string;
  periodId: string;
  level: ObjectiveLevel;
  team?: string;
  ownerIds: string[];
  parent?: { objectiveId: string; contributionWeight: number };
}

/** `version` is what the editor loaded: a save over someone else's change answers CONFLICT. */
export type UpdateObjectivePayload = Partial<Omit<ObjectiveInput, 'parent'>> & { objectiveId: string; version: number };

export interface AlignObjectivePayload {
  objectiveId: string;
  version: number;
  /** null removes the alignment. */
  parent: { objectiveId: string; contributionWeight: number } | null;
}

export interface CloseObjectivePayload {
  objectiveId: string;
  version: number;
  retrospective?: string;
}

export interface AbandonObjectivePayload {
  objectiveId: string;
  version: number;
}

export interface KeyResultInput {
  objectiveId: string;
  title: string;
  kind: KrKind;
  weight: number;
  ownerIds: string[];
  source: KrSourceDto;
  baseline?: { mode: 'period' };
}

export type UpdateKeyResultPayload = Partial<Omit<KeyResultInput, 'objectiveId'>> & {
  keyResultId: string;
  version: number;
};

export interface DeleteKeyResultPayload {
  keyResultId: string;
  version: number;
}

export interface RecordCheckInPayload {
  keyResultId: string;
  /** 'low' | 'medium' | 'high', or 0–10. */
  confidence: Confidence;
  /** The new current value, for metric KRs. */
  value?: number;
  note: string;
  blockers?: string;
}

/** Mutations answer the id and version they wrote; the views reload what they show. */
export interface Written {
  id: string;
  version: number;
}

/** What okr/recordCheckIn answers: the stored check-in and, for a metric KR given a value, its new progress. */
export interface RecordedCheckIn {
  id: string;
  keyResultId: string;
  at: string;
  /** Set when the check-in moved a metric's current value. */
  progress?: number;
}

export interface CheckInDraftPayload {
  keyResultId: string;
}

/** A check-in note drafted from stored progress and snapshots (no Jira call), for the owner to edit. */
export interface CheckInDraft {
  keyResultId: string;
  note: string;
  /** The last check-in the draft compares with; absent before the first one. */
  lastCheckInAt?: string;
  /** In the KR's unit (issues, points, or a share of the metric or checklist), as in KeyResultDetailView. */
  since?: { doneAdded: number; scopeAdded: number; paceChange: number };
}
