/** Repositories over the kvs port: the only code that talks to Forge storage (DESIGN.md, "How code here reads"). */
import type { Kvs } from '../platform';
import { createCheckInRepository, type CheckInRepository } from './check-in-repository';
import { createKeyResultRepository, type KeyResultRepository } from './key-result-repository';
import { createLinkRepository, type LinkRepository } from './link-repository';
import { createMetricRequestLedger, type MetricRequestLedger } from './metric-request-ledger';
import { createMetricSourceRepository, type MetricSourceRepository } from './metric-source-repository';
import { createObjectiveRepository, type ObjectiveRepository } from './objective-repository';
import { createPeriodStateRepository, type PeriodStateRepository } from './period-state-repository';
import { createProgressRepository, type ProgressRepository } from './progress-repository';
import { createSettingsRepository, type SettingsRepository } from './settings-repository';
import { createSnapshotRepository, type SnapshotRepository } from './snapshot-repository';
import { createIssueHistoryRepository, type IssueHistoryRepository } from './issue-history-repository';
import { createJiraMetaRepository, type JiraMetaRepository } from './jira-meta-repository';
import { createKrBaselineRepository, type KrBaselineRepository } from './kr-baseline-repository';
import { createKrTouchRepository, type KrTouchRepository } from './kr-touch-repository';
import { createRecomputeMarkerRepository, type RecomputeMarkerRepository } from './recompute-marker-repository';
import { createViewCaches, type ViewCaches } from './view-caches';

export interface Repositories {
  objectives: ObjectiveRepository;
  keyResults: KeyResultRepository;
  links: LinkRepository;
  checkIns: CheckInRepository;
  progress: ProgressRepository;
  snapshots: SnapshotRepository;
  settings: SettingsRepository;
  /** Closed periods (docs/adr/0013): read-only once closed. */
  periodStates: PeriodStateRepository;
  /** Short-lived plain-key caches the views and the authoriser read (src/store/view-caches.ts). */
  caches: ViewCaches;
  /** Metric sources of the web trigger, their secrets (kvs secrets) and the KRs each may write. */
  metricSources: MetricSourceRepository;
  /** The web trigger's replay nonces and idempotency receipts, on TTL keys. */
  metricRequests: MetricRequestLedger;
  // Event-driven rollup state (docs/adr/0007).
  issueHistory: IssueHistoryRepository;
  baselines: KrBaselineRepository;
  touches: KrTouchRepository;
  recomputeMarkers: RecomputeMarkerRepository;
  jiraMeta: JiraMetaRepository;
}

export function createRepositories(kvs: Kvs): Repositories {
  return {
    objectives: createObjectiveRepository(kvs),
    keyResults: createKeyResultRepository(kvs),
    links: createLinkRepository(kvs),
    checkIns: createCheckInRepository(kvs),
    progress: createProgressRepository(kvs),
    snapshots: createSnapshotRepository(kvs),
    settings: createSettingsRepository(kvs),
    periodStates: createPeriodStateRepository(kvs),
    caches: createViewCaches(kvs),
    metricSources: createMetricSourceRepository(kvs),
    metricRequests: createMetricRequestLedger(kvs),
    issueHistory: createIssueHistoryRepository(kvs),
    baselines: createKrBaselineRepository(kvs),
    touches: createKrTouchRepository(kvs),
    recomputeMarkers: createRecomputeMarkerRepository(kvs),
    jiraMeta: createJiraMetaRepository(kvs),
  };
}

export { ENTITIES, ENTITY, INDEX } from './entities';
export type {
  AttributeType,
  EntityAttributeDefinition,
  EntityDefinition,
  EntityIndexDefinition,
} from './entity-definition';
export {
  AlreadyLinkedError,
  ConflictError,
  StoredRecordError,
  type ConflictReason,
  type StoredRecordProblem,
} from './errors';
export { newRecordId } from './keys';
export { collectAll, DEFAULT_PAGE_SIZE, type Page, type PageRequest } from './page';
export type { Migration, RecordCodec, StoredRecord } from './record-codec';
export type { CheckInQuery, CheckInRepository } from './check-in-repository';
export type { KeyResultRepository } from './key-result-repository';
export { linkId, type LinkRepository, type NewLink } from './link-repository';
export type { ObjectiveRepository } from './objective-repository';
export type { ProgressRepository } from './progress-repository';
export type { SettingsRepository } from './settings-repository';
export { ClosedPeriod, type PeriodStateRepository } from './period-state-repository';
export type { SnapshotRepository } from './snapshot-repository';
export { createTtlCache, type TtlCache } from './ttl-cache';
export { CACHE_TTL_SECONDS, IssueRoute, issueRouteCacheKey, type ViewCaches } from './view-caches';
export {
  IssueChange,
  IssueHistory,
  ObservedIssueState,
  ISSUE_HISTORY_TTL_DAYS,
  type IssueHistoryRepository,
} from './issue-history-repository';
export { BaselineTotals, KrBaseline, type KrBaselineRepository } from './kr-baseline-repository';
export { KrTouch, type KrTouchRepository } from './kr-touch-repository';
export {
  RecomputeLane,
  RecomputeMarker,
  type RecomputeMarkerRepository,
} from './recompute-marker-repository';
export { EMPTY_JIRA_META, JiraMeta, type JiraMetaRepository } from './jira-meta-repository';
export {
  MetricSourceRecord,
  MetricSourceId,
  MetricSourceSecrets,
  type MetricSourceRepository,
} from './metric-source-repository';
export { MetricReceipt, type DoneReceipt, type MetricRequestLedger } from './metric-request-ledger';
