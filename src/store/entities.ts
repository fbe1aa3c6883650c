import type { EntityDefinition } from './entity-definition';

/**
 * The custom entities of manifest.yml's `app.storage.entities`, one per record type, each holding the domain
 * object opaquely in `data` beside the scalar attributes its queries need. test/store/entities-manifest.test.ts
 * checks manifest.yml carries exactly these.
 */
export const ENTITY = {
  objective: 'objective',
  keyResult: 'key-result',
  link: 'kr-link',
  checkIn: 'check-in',
  progress: 'kr-progress',
  snapshot: 'kr-snapshot',
  // Event-driven rollup (src/usecases/events, src/usecases/recompute): see docs/adr/0007.
  issueHistory: 'issue-history',
  baseline: 'kr-baseline',
  touch: 'kr-touch',
  recomputeMarker: 'recompute-marker',
} as const;

export const INDEX = {
  byPeriod: 'by-period',
  byParent: 'by-parent',
  byTeam: 'by-team',
  byObjective: 'by-objective',
  byTarget: 'by-target',
  byKeyResult: 'by-key-result',
  byTargetKind: 'by-target-kind',
  byStaleness: 'by-staleness',
  byDate: 'by-date',
} as const;

const record = { schemaVersion: { type: 'integer' }, data: { type: 'any' } } as const;

export const ENTITIES: readonly EntityDefinition[] = [
  {
    name: ENTITY.objective,
    attributes: {
      ...record,
      version: { type: 'integer' },
      periodId: { type: 'string' },
      level: { type: 'string' },
      parentId: { type: 'string' },
      team: { type: 'string' },
    },
    indexes: [
      // A period's objectives, optionally of one level (where equalTo).
      { name: INDEX.byPeriod, partition: ['periodId'], range: ['level'] },
      // Alignment: the children of an objective, optionally in one period.
      { name: INDEX.byParent, partition: ['parentId'], range: ['periodId'] },
      // Leadership gadgets: a team's objectives by period.
      { name: INDEX.byTeam, partition: ['team'], range: ['periodId'] },
    ],
  },
  {
    name: ENTITY.keyResult,
    attributes: {
      ...record,
      version: { type: 'integer' },
      periodId: { type: 'string' },
      objectiveId: { type: 'string' },
      createdAt: { type: 'string' },
    },
    indexes: [
      { name: INDEX.byPeriod, partition: ['periodId'], range: ['objectiveId'] },
      // An objective's KRs in the order they were created.
      { name: INDEX.byObjective, partition: ['objectiveId'], range: ['createdAt'] },
    ],
  },
  {
    name: ENTITY.link,
    attributes: {
      ...record,
      keyResultId: { type: 'string' },
      targetKey: { type: 'string' },
      targetKind: { type: 'string' },
    },
    indexes: [
      // An issue event: which KRs does this epic (project, version) feed?
      { name: INDEX.byTarget, partition: ['targetKey'], range: ['keyResultId'] },
      { name: INDEX.byKeyResult, partition: ['keyResultId'], range: ['targetKey'] },
      // The daily reconcile: every linked epic, project or version.
      { name: INDEX.byTargetKind, partition: ['targetKind'], range: ['targetKey'] },
    ],
  },
  {
    name: ENTITY.checkIn,
    attributes: { ...record, keyResultId: { type: 'string' }, at: { type: 'string' } },
    indexes: [{ name: INDEX.byKeyResult, partition: ['keyResultId'], range: ['at'] }],
  },
  {
    name: ENTITY.progress,
    attributes: { ...record, keyResultId: { type: 'string' }, stale: { type: 'boolean' }, asOf: { type: 'string' } },
    // The reconcile retries stale KRs first, oldest first.
    indexes: [{ name: INDEX.byStaleness, partition: ['stale'], range: ['asOf'] }],
  },
  {
    name: ENTITY.snapshot,
    attributes: { ...record, keyResultId: { type: 'string' }, date: { type: 'string' } },
    indexes: [
      { name: INDEX.byKeyResult, partition: ['keyResultId'], range: ['date'] },
      { name: INDEX.byDate, partition: ['date'], range: ['keyResultId'] },
    ],
  },
  // What the issue-event trigger learned about one issue since the oldest baseline: observed state and changes.
  { name: ENTITY.issueHistory, attributes: { ...record, version: { type: 'integer' } } },
  // A Jira KR's totals at its last full refresh, which issue events adjust without calling Jira.
  { name: ENTITY.baseline, attributes: { ...record, keyResultId: { type: 'string' } } },
  {
    name: ENTITY.touch,
    attributes: { ...record, keyResultId: { type: 'string' }, at: { type: 'string' } },
    // The incremental recompute: which issues changed for this KR after its baseline.
    indexes: [{ name: INDEX.byKeyResult, partition: ['keyResultId'], range: ['at'] }],
  },
  // One per KR and lane while a recompute job is queued: a burst of events pushes one job, not one per event.
  { name: ENTITY.recomputeMarker, attributes: { ...record } },
];
