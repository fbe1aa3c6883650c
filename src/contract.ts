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
  // Check-ins, coaching and period close (issue #7)
  editCheckIn: 'okr/editCheckIn',
  dueCheckIns: 'okr/dueCheckIns',
  checkQuality: 'okr/checkQuality',
  qualityReport: 'okr/qualityReport',
  periodClose: 'okr/periodClose',
  gradeKeyResult: 'okr/gradeKeyResult',
  carryOverKeyResult: 'okr/carryOverKeyResult',
  closePeriod: 'okr/closePeriod',
  // History, PMO and reports (issue #8)
  leadershipReport: 'okr/leadershipReport',
  projectTimeline: 'okr/projectTimeline',
  // Data safety (issue #9)
  exportBackup: 'okr/exportBackup',
  importBackup: 'okr/importBackup',
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
  | { type: 'milestones'; items: MilestoneItemDto[] };

/** A checklist item; with `versionId` it is done when that Jira version (fixVersion) is released, not by hand. */
export interface MilestoneItemDto {
  id: string;
  title: string;
  done: boolean;
  versionId?: string;
}

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
  /**
   * The last check-in; `overdue` when the cadence has passed since it (the KR is stale then, and its confidence is
   * shown as out of date: staleness outweighs a hopeful confidence).
   */
  lastCheckIn?: { at: string; author: UserRef; confidence: Confidence; overdue?: boolean };
  /** Set when the completion forecast's P85 date falls after the period end (issue #8). */
  forecastLate?: boolean;
  /** Set once graded at period close: the grade (0.0–1.0) and whether it met its kind's bar. */
  grade?: { value: number; success: boolean; reason?: string };
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
  /** Check-in cadence of this objective's KRs, when it differs from the site's. */
  checkInCadenceDays?: number;
  grade?: number;
  retrospective?: string;
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
  /** KRs that crossed done or recovered to on-track in the last 7 days, for recognition. */
  highlights?: HighlightDto[];
}

export interface HighlightDto {
  keyResultId: string;
  title: string;
  objectiveTitle: string;
  owners: UserRef[];
  kind: KrKind;
  /** `done`: crossed 100 %; `recovered`: moved from at-risk or off-track to on-track. */
  what: 'done' | 'recovered';
  /** The calendar day it happened. */
  on: string;
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
  checkIns: CheckInDto[];
  sinceLastCheckIn?: { doneAdded: number; scopeAdded: number; paceChange: number };
  /** Completion forecast from recent weekly throughput (jira sources with enough history). */
  forecast?: ForecastDto;
}

export interface CheckInDto {
  id: string;
  at: string;
  author: UserRef;
  confidence: Confidence;
  value?: number;
  note: string;
  blockers?: string;
  /** Set when edited: when, by whom, and every earlier version, oldest first. */
  editedAt?: string;
  revisions?: { at: string; editor: UserRef; confidence: Confidence; value?: number; note: string; blockers?: string }[];
}

export interface ForecastDto {
  /** Calendar days, or 'beyond-horizon'; null with too little history. */
  p50: string | null;
  p85: string | null;
  /** Share of simulated futures finished by the period end, in [0, 1]; null with too little history. */
  probabilityByPeriodEnd: number | null;
  /** P85 after the period end. */
  late: boolean;
  /** Stated next to the numbers. */
  assumptions: string[];
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
export type GadgetView = Pick<PortfolioView, 'period' | 'roots' | 'totals' | 'highlights'> & {
  burnup?: BurnupPointDto[];
};

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
  /** Overrides the site's check-in cadence for this objective's KRs (1–90 days); null: the site's. */
  checkInCadenceDays?: number | null;
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

// ---- Check-ins: edit and due lists (issue #7) ---------------------------------------------------------------------

/** Replaces a check-in's content; the stored check-in keeps the original among its revisions. */
export interface EditCheckInPayload {
  checkInId: string;
  keyResultId: string;
  confidence: Confidence;
  value?: number;
  note: string;
  blockers?: string;
}

export interface DueCheckInsPayload {
  periodId?: string;
  /** `mine`: KRs the viewer champions; `team`: KRs of objectives of `team` (required then). */
  scope: 'mine' | 'team';
  team?: string;
}

export interface DueCheckInDto {
  keyResultId: string;
  keyResultTitle: string;
  /** So the check-in form can offer a value for metric KRs. */
  sourceType: KrSourceDto['type'];
  objectiveId: string;
  objectiveTitle: string;
  team?: string;
  owners: UserRef[];
  cadenceDays: number;
  lastCheckInAt?: string;
  /** The calendar day the next check-in is due. */
  dueOn: string;
  /** Days past due (0 when due today or not yet due). */
  overdueDays: number;
}

export interface DueCheckInsView {
  period: PeriodDto;
  /** Due today or overdue, most overdue first. */
  due: DueCheckInDto[];
  /** Due within the next 7 days. */
  upcoming: DueCheckInDto[];
}

// ---- OKR quality coaching (issue #7) ------------------------------------------------------------------------------

export interface QualityFindingDto {
  /** Stable rule id, e.g. `okr.kr-vague-wording` (src/domain/quality/finding.ts). */
  ruleId: string;
  severity: 'warning' | 'info';
  subject: { kind: 'objective' | 'key-result' | 'team' | 'project'; id: string; label: string };
  reason: string;
  suggestion: string;
}

/** A form's draft, checked while it is written: one objective or one KR (with its siblings from the store). */
export interface CheckQualityPayload {
  objective?: Partial<ObjectiveInput> & { id?: string; title: string; periodId: string };
  keyResult?: Partial<KeyResultInput> & { id?: string; objectiveId: string; title: string };
}

export interface QualityReportPayload {
  periodId?: string;
  team?: string;
}

export interface QualityReportView {
  period: PeriodDto;
  team?: string;
  findings: QualityFindingDto[];
  /** Committed delivery and aspirational reach, never blended. */
  kinds: KindReportDto;
  /** What the report could not cover, in words (e.g. alignment coverage left out while Jira is down). */
  notes?: string[];
}

export interface KindReportDto {
  committed: { count: number; delivered: number; rate: number | null };
  aspirational: { count: number; reached: number; averageGrade: number | null };
}

// ---- Period close (issue #7) --------------------------------------------------------------------------------------

export interface PeriodClosePayload {
  periodId: string;
}

/** The period-close worksheet: every objective of the period with its KRs, suggested and set grades. */
export interface PeriodCloseView {
  period: PeriodDto;
  /** Where carried-over KRs go; null for an annual period. */
  nextPeriod: PeriodDto | null;
  objectives: {
    id: string;
    version: number;
    title: string;
    team?: string;
    state: ObjectiveState;
    owners: UserRef[];
    progress: number;
    suggestedGrade: number;
    grade?: number;
    retrospective?: string;
    canEdit: boolean;
    keyResults: {
      id: string;
      version: number;
      title: string;
      kind: KrKind;
      sourceType: KrSourceDto['type'];
      progress: number;
      suggestedGrade: number;
      grade?: { value: number; success: boolean; reason?: string };
      /** The KR in the next period this one was carried into. */
      carriedTo?: string;
      carriedFrom?: string;
    }[];
  }[];
  kinds: KindReportDto;
  /** Jira admins close periods; only when every objective is closed or abandoned. */
  canClosePeriod: boolean;
}

/** A grade differing from the suggested one needs a reason. */
export interface GradeKeyResultPayload {
  keyResultId: string;
  version: number;
  /** 0.0–1.0 in steps of 0.1. */
  grade: number;
  reason?: string;
}

/** Copies an unfinished KR into the next period, with a baseline, linked to the original (`carriedFrom`). */
export interface CarryOverKeyResultPayload {
  keyResultId: string;
  /** The objective in the next period to carry into; absent: the continuation of this KR's objective, created if needed. */
  toObjectiveId?: string;
}

export interface ClosePeriodPayload {
  periodId: string;
}

// ---- Reports and PMO (issue #8) -----------------------------------------------------------------------------------

export interface LeadershipReportPayload {
  periodId?: string;
}

export interface LeadershipReportView {
  period: PeriodDto;
  generatedAt: string;
  /** Objectives grouped by level then team, as leadership reads them. */
  groups: {
    level: ObjectiveLevel;
    team?: string;
    objectives: { id: string; title: string; progress: number; status: KrStatus; state: ObjectiveState; grade?: number }[];
  }[];
  kinds: KindReportDto;
  atRisk: KrSummaryDto[];
  highlights: HighlightDto[];
}

export interface ProjectTimelinePayload {
  projectId: string;
}

/** Which KRs a project served, period by period (PMO mapping across quarters). */
export interface ProjectTimelineView {
  project: { id: string; key: string; name: string };
  periods: {
    period: PeriodDto;
    keyResults: (Pick<KrSummaryDto, 'id' | 'title' | 'objectiveTitle' | 'progress' | 'status' | 'kind' | 'grade'> & {
      /** How the project feeds it: the project itself, or some of its epics (keys), or a version. */
      via: { kind: TargetDto['kind']; label: string }[];
      baseline: boolean;
      carriedFrom?: string;
    })[];
  }[];
}

// ---- Data safety (issue #9) ---------------------------------------------------------------------------------------

/** Everything the app stores that a person made or that took time to gather, in one versioned document. */
export interface BackupDocument {
  format: 'okr-rollup-backup';
  formatVersion: 1;
  exportedAt: string;
  settings?: unknown;
  objectives: unknown[];
  keyResults: unknown[];
  links: unknown[];
  checkIns: unknown[];
  snapshots: unknown[];
  progress: unknown[];
  /** Closed periods (ADR 13): a restored site keeps them read-only. */
  closedPeriods?: unknown[];
}

export interface ImportBackupPayload {
  document: BackupDocument;
}

export interface ImportBackupResult {
  objectives: number;
  keyResults: number;
  links: number;
  checkIns: number;
  snapshots: number;
  progress: number;
  closedPeriods: number;
}
