/**
 * Reading and writing every record a person made or that took time to gather, for backups (docs/adr/0015). Records
 * travel as they are stored, `{ schemaVersion, data }` without the index attributes (derived from `data` on every
 * write), so a backup of an older layout is migrated on import exactly as a read migrates it.
 */
import { z } from 'zod';
import {
  CheckIn,
  DomainError,
  KeyResult,
  KrProgress,
  Link,
  Objective,
  ProgressSnapshot,
  Settings,
  err,
  ok,
  parseOrError,
  type FieldError,
  type Result,
} from '../domain';
import type { Kvs } from '../platform';
import { checkInCodec } from './check-in-repository';
import { ENTITY } from './entities';
import { StoredRecordError } from './errors';
import { keyResultCodec } from './key-result-repository';
import { recordKey } from './keys';
import { linkCodec, linkId } from './link-repository';
import { objectiveCodec } from './objective-repository';
import { collectAll } from './page';
import { progressCodec } from './progress-repository';
import type { RecordCodec } from './record-codec';
import { ClosedPeriod, closedPeriodCodec } from './period-state-repository';
import { SETTINGS_KEY, settingsCodec } from './settings-repository';
import { snapshotCodec } from './snapshot-repository';
import type { Repositories } from './index';

/** One record as a backup carries it. */
export const BackupRecord = z.object({ schemaVersion: z.number().int().min(1), data: z.unknown() });
export type BackupRecord = z.infer<typeof BackupRecord>;

export const RECORD_KINDS = ['objectives', 'keyResults', 'links', 'checkIns', 'snapshots', 'progress'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface BackupRecords extends Record<RecordKind, BackupRecord[]> {
  settings?: BackupRecord;
  /** Plain-key records, like the settings: the periods closed on the site (ADR 13). */
  closedPeriods?: BackupRecord[];
}

/** The records of a backup, migrated to this app's layouts and validated. */
export interface Decoded {
  settings?: Settings;
  closedPeriods: ClosedPeriod[];
  objectives: Objective[];
  keyResults: KeyResult[];
  links: Link[];
  checkIns: CheckIn[];
  snapshots: ProgressSnapshot[];
  progress: KrProgress[];
}

export type BackupCodecs = { [K in RecordKind]: RecordCodec<Decoded[K][number]> } & {
  settings: RecordCodec<Settings>;
  closedPeriods: RecordCodec<ClosedPeriod>;
};

export const BACKUP_CODECS: BackupCodecs = {
  settings: settingsCodec,
  closedPeriods: closedPeriodCodec,
  objectives: objectiveCodec,
  keyResults: keyResultCodec,
  links: linkCodec,
  checkIns: checkInCodec,
  snapshots: snapshotCodec,
  progress: progressCodec,
};

/** The domain schema behind each codec, to name the fields at fault in a record of this app's layout. */
const SCHEMA_OF: Record<RecordKind | 'settings' | 'closedPeriods', z.ZodType> = {
  settings: Settings,
  closedPeriods: ClosedPeriod,
  objectives: Objective,
  keyResults: KeyResult,
  links: Link,
  checkIns: CheckIn,
  snapshots: ProgressSnapshot,
  progress: KrProgress,
};

/** Where each kind lives: the storage key of a record, derived from its data as the repositories derive it. */
const KEY_OF: { [K in RecordKind]: (value: Decoded[K][number]) => string } = {
  objectives: (o) => recordKey(o.id),
  keyResults: (kr) => recordKey(kr.id),
  links: (link) => linkId(link.keyResultId, link.target),
  checkIns: (c) => recordKey(c.id),
  snapshots: (s) => recordKey(s.keyResultId, s.date),
  progress: (p) => recordKey(p.keyResultId),
};

const ENTITY_OF: Record<RecordKind, string> = {
  objectives: ENTITY.objective,
  keyResults: ENTITY.keyResult,
  links: ENTITY.link,
  checkIns: ENTITY.checkIn,
  snapshots: ENTITY.snapshot,
  progress: ENTITY.progress,
};

/** (?) The docs give no batch size; 25 matches the transaction limit and is what the sandbox enforces. */
const BATCH_SIZE = 25;
/** Bounds each listing, as collectAll requires; a site beyond it is refused rather than half exported. */
const MAX_PER_LISTING = 10_000;

/**
 * Every record of the given periods: their objectives and KRs, and each KR's links, check-ins, snapshots and
 * progress. Custom entities are only listed through an index partition, so periods are the way in.
 */
export async function readBackupRecords(
  repos: Repositories,
  kvs: Kvs,
  periodIds: readonly string[],
): Promise<BackupRecords> {
  const all = <T>(fetch: Parameters<typeof collectAll<T>>[0]) =>
    collectAll(fetch, { limit: 100, maxItems: MAX_PER_LISTING });
  const out: BackupRecords = {
    objectives: [],
    keyResults: [],
    links: [],
    checkIns: [],
    snapshots: [],
    progress: [],
  };
  const encode = <K extends RecordKind>(kind: K, value: Decoded[K][number]) => {
    const { schemaVersion, data } = (BACKUP_CODECS[kind] as RecordCodec<Decoded[K][number]>).encode(value);
    out[kind].push({ schemaVersion, data });
  };
  const stored = await kvs.get(SETTINGS_KEY);
  if (stored !== undefined) {
    const { schemaVersion, data } = settingsCodec.encode(settingsCodec.decode(SETTINGS_KEY, stored));
    out.settings = { schemaVersion, data };
  }
  const closed = await repos.periodStates.listClosed();
  if (closed.length > 0) {
    out.closedPeriods = closed.map((c) => {
      const { schemaVersion, data } = closedPeriodCodec.encode(c);
      return { schemaVersion, data };
    });
  }
  for (const periodId of [...new Set([...periodIds, ...closed.map((c) => c.periodId)])]) {
    for (const o of await all((p) => repos.objectives.listByPeriod(periodId, p))) encode('objectives', o);
    const keyResults = await all((p) => repos.keyResults.listByPeriod(periodId, p));
    const progress = await repos.progress.getMany(keyResults.map((kr) => kr.id));
    for (const kr of keyResults) {
      encode('keyResults', kr);
      for (const link of await all((p) => repos.links.listByKeyResult(kr.id, p))) encode('links', link);
      for (const c of await all((p) => repos.checkIns.listByKeyResult(kr.id, p))) encode('checkIns', c);
      for (const s of await all((p) => repos.snapshots.listByKeyResult(kr.id, p))) encode('snapshots', s);
      const current = progress.get(kr.id);
      if (current) encode('progress', current);
    }
  }
  return out;
}

/**
 * Every record migrated and validated, or every problem found, each naming its record and field
 * (`keyResults[3].source.target`). Nothing is written here. `codecs` are the app's own, except in the test that
 * proves an older layout in a backup is migrated (every record type is at layout 1 today).
 */
export function decodeBackupRecords(
  records: BackupRecords,
  codecs: BackupCodecs = BACKUP_CODECS,
): Result<Decoded, FieldError[]> {
  const problems: FieldError[] = [];
  const decoded: Decoded = {
    closedPeriods: [],
    objectives: [],
    keyResults: [],
    links: [],
    checkIns: [],
    snapshots: [],
    progress: [],
  };
  if (records.settings) {
    const settings = decodeOne(codecs.settings, SCHEMA_OF.settings, 'settings', records.settings, problems);
    if (settings !== undefined) decoded.settings = settings;
  }
  (records.closedPeriods ?? []).forEach((record, index) => {
    const closed = decodeOne(
      codecs.closedPeriods,
      SCHEMA_OF.closedPeriods,
      `closedPeriods[${index}]`,
      record,
      problems,
    );
    if (closed !== undefined) decoded.closedPeriods.push(closed);
  });
  for (const kind of RECORD_KINDS) {
    const codec = codecs[kind] as RecordCodec<unknown>;
    records[kind].forEach((record, index) => {
      const value = decodeOne(codec, SCHEMA_OF[kind], `${kind}[${index}]`, record, problems);
      if (value !== undefined) (decoded[kind] as unknown[]).push(value);
    });
  }
  return problems.length > 0 ? err(problems) : ok(decoded);
}

function decodeOne<T>(
  codec: RecordCodec<T>,
  schema: z.ZodType,
  at: string,
  record: BackupRecord,
  problems: FieldError[],
): T | undefined {
  try {
    return codec.decode(at, record);
  } catch (error) {
    if (!(error instanceof StoredRecordError)) {
      // A migration that cannot read the record's data: the record is at fault, not the app.
      problems.push({ path: at, message: `cannot be migrated from layout ${record.schemaVersion}: ${String(error)}` });
      return undefined;
    }
    const parsed = record.schemaVersion === codec.schemaVersion ? parseOrError(schema, record.data) : undefined;
    if (parsed && !parsed.ok) {
      // At this app's layout the fields at fault can be named; after a migration only the record can.
      for (const field of parsed.error.fields ?? []) {
        problems.push({ path: field.path ? `${at}.${field.path}` : at, message: field.message });
      }
      return undefined;
    }
    const path = error.problem === 'invalid' ? at : `${at}.schemaVersion`;
    problems.push({ path, message: error.message.replace(/^Stored .*? cannot be read /, '') });
    return undefined;
  }
}

/**
 * Writes every decoded record at its own key, replacing a record of the same id and leaving others alone. Each kind
 * in batches of 25; objectives and KRs keep the version they were exported with.
 */
export async function writeBackupRecords(kvs: Kvs, decoded: Decoded): Promise<void> {
  if (decoded.settings) await kvs.set(SETTINGS_KEY, settingsCodec.encode(decoded.settings));
  for (const closed of decoded.closedPeriods) {
    // The key period-state-repository.ts derives: `<entity>#<periodId>`.
    await kvs.set(recordKey(closedPeriodCodec.entity, closed.periodId), closedPeriodCodec.encode(closed));
  }
  for (const kind of RECORD_KINDS) {
    const codec = BACKUP_CODECS[kind] as RecordCodec<unknown>;
    const keyOf = KEY_OF[kind] as (value: unknown) => string;
    const values = decoded[kind] as unknown[];
    for (let start = 0; start < values.length; start += BATCH_SIZE) {
      const items = values.slice(start, start + BATCH_SIZE).map((value) => ({
        entityName: ENTITY_OF[kind],
        key: keyOf(value),
        value: codec.encode(value),
      }));
      const { failedKeys } = await kvs.batchSet(items);
      if (failedKeys.length > 0) {
        const [first] = failedKeys;
        throw new DomainError(
          'INTERNAL',
          `Writing ${failedKeys.length} ${kind} record(s) failed, e.g. ${first?.key}: ${first?.error.message}`,
        );
      }
    }
  }
}
