/**
 * Issue 9, part 7: data safety. The sandbox's demo organisation (objectives aligned company → department → team,
 * every KR source and target kind, check-ins, a closed and graded previous quarter, daily snapshots, stored progress), plus an
 * edited check-in, is exported through okr/exportBackup, imported through okr/importBackup into a FRESH emulated kvs
 * (the same Jira site and clock), and exported again: the two documents are equal and every view (portfolio of both
 * quarters, each KR's detail) answers the same on both sites. A record of an older layout in a backup is migrated on
 * import, never dropped; record-level migration on reads is pinned in test/store/record-migration.test.ts.
 */
import { rmSync } from 'node:fs';
import { z } from 'zod';
import { CURRENT_QUARTER, PREVIOUS_QUARTER } from '../../sandbox/demo/calendar';
import { DEFAULT_USER, DEMO_USERS } from '../../sandbox/demo/users';
import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { createInvoker } from '../../sandbox/forge/invoker/create-invoker';
import { createQueueRegistry } from '../../sandbox/forge/queue/queue-registry';
import { createSandboxRuntime, type SandboxRuntime } from '../../sandbox/server/runtime';
import { createApp, type App } from '../../src/app';
import {
  RESOLVER_KEYS as K,
  type BackupDocument,
  type ImportBackupResult,
  type ResolverResult,
} from '../../src/contract';
import { Objective, type CheckIn, type Target } from '../../src/domain';
import { ENTITIES, collectAll } from '../../src/store';
import { BACKUP_CODECS, decodeBackupRecords, RECORD_KINDS, type BackupRecords } from '../../src/store/backup';
import { defineRecordCodec } from '../../src/store/record-codec';
import { objectiveCodec } from '../../src/store/objective-repository';
import { tempDataDir } from '../sandbox/server/harness';
import { figure } from './support/figures';

const PART = '7 data safety';
const SCENARIO = 'demo organisation round trip';
const ADMIN = DEMO_USERS.find((u) => u.admin)!.accountId;
const VIEWER = DEFAULT_USER.accountId;

type Call = <T>(app: App, key: string, payload: unknown, accountId?: string) => Promise<T>;

const invoker = createInvoker();
const call: Call = async <T>(app: App, key: string, payload: unknown, accountId = ADMIN) => {
  const answer = (await invoker.resolver(app.resolver, {
    functionKey: key,
    payload,
    accountId,
    moduleKey: 'okr-portfolio',
    extension: { type: 'jira:globalPage' },
  })) as ResolverResult<T>;
  if (!answer.ok) throw new Error(`${key} answered ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
};

const withoutTime = ({ exportedAt: _at, ...rest }: BackupDocument) => rest;
const recordsOf = (document: BackupDocument) => document as unknown as BackupRecords;

let dir: string;
let rt: SandboxRuntime;
let fresh: App;
let first: BackupDocument;
let second: BackupDocument;
let imported: ImportBackupResult;
let keyResultIds: string[];

beforeAll(async () => {
  dir = tempDataDir();
  rt = await createSandboxRuntime({ dataDir: dir, pumpIntervalMs: 0 });
  await rt.settle();
  // An edited check-in, as okr/editCheckIn leaves it: the new values, when, and the replaced version.
  const someCheckIn = await firstCheckIn(rt);
  await rt.repos.checkIns.save({
    ...someCheckIn,
    note: 'Corrected after the review',
    editedAt: new Date(Date.parse(someCheckIn.at) + 3_600_000).toISOString(),
    revisions: [
      {
        at: someCheckIn.at,
        editorId: someCheckIn.authorId,
        confidence: someCheckIn.confidence,
        note: someCheckIn.note,
        ...(someCheckIn.value === undefined ? {} : { value: someCheckIn.value }),
      },
    ],
  });

  // Settings as an admin saved them (the demo runs on the defaults, which are not stored until saved).
  await rt.repos.settings.save({ ...(await rt.repos.settings.get()), checkInCadenceDays: 14 });

  first = await call<BackupDocument>(rt.app, K.exportBackup, {});
  const kvs = createEmulatedKvs({ entities: ENTITIES, clock: rt.clock });
  const queues = createQueueRegistry({ clock: rt.clock });
  fresh = createApp({
    kvs,
    jira: { asApp: rt.sim.asApp, asUser: rt.sim.asUser },
    queue: (k) => queues.queue(k),
    clock: rt.clock,
  });
  imported = await call<ImportBackupResult>(fresh, K.importBackup, { document: first });
  second = await call<BackupDocument>(fresh, K.exportBackup, {});
  keyResultIds = recordsOf(first).keyResults.map((r) => (r.data as { id: string }).id);

  for (const kind of RECORD_KINDS) figure(PART, SCENARIO, `${kind} round-tripped`, recordsOf(first)[kind].length);
  figure(PART, SCENARIO, 'closed periods round-tripped', first.closedPeriods?.length ?? 0);
  figure(PART, SCENARIO, 'document bytes', Buffer.byteLength(JSON.stringify(first)), '≤ 4,194,304 (4 MiB)');
}, 120_000);

afterAll(async () => {
  await rt?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function firstCheckIn(runtime: SandboxRuntime): Promise<CheckIn> {
  const krs = await collectAll((p) => runtime.repos.keyResults.listByPeriod(CURRENT_QUARTER.id, p));
  for (const kr of krs) {
    const latest = await runtime.repos.checkIns.latest(kr.id);
    if (latest) return latest;
  }
  throw new Error('the demo has no check-in');
}

describe('an export imported into a fresh site', () => {
  it('holds a rich organisation: alignment, every source and target kind, check-ins (one edited), snapshots', () => {
    const data = <T>(kind: keyof BackupRecords) =>
      (recordsOf(first)[kind] as { data: unknown }[]).map((r) => r.data as T);
    expect(data<{ parent?: unknown }>('objectives').some((o) => o.parent)).toBe(true);
    expect(new Set(data<{ source: { type: string } }>('keyResults').map((kr) => kr.source.type))).toEqual(
      new Set(['jira', 'metric', 'milestones']),
    );
    expect(new Set(data<{ target: Target }>('links').map((l) => l.target.kind))).toEqual(
      new Set(['epic', 'project', 'version', 'jql']),
    );
    expect(data<CheckIn>('checkIns').filter((c) => c.revisions?.length)).toHaveLength(1);
    expect(new Set(data<{ keyResultId: string }>('snapshots').map((s) => s.keyResultId)).size).toBeGreaterThan(10);
    expect(recordsOf(first).progress.length).toBeGreaterThan(20);
    expect(first.settings).toBeDefined();
    // The previous quarter was closed and graded (ADR 13).
    expect(first.closedPeriods).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ periodId: PREVIOUS_QUARTER.id }) }),
    ]);
  });

  it('imports every record, and exports again the very same document', () => {
    expect(imported).toEqual({
      objectives: first.objectives.length,
      keyResults: first.keyResults.length,
      links: first.links.length,
      checkIns: first.checkIns.length,
      snapshots: first.snapshots.length,
      progress: first.progress.length,
      closedPeriods: first.closedPeriods?.length ?? 0,
    });
    expect(withoutTime(second)).toEqual(withoutTime(first));
  });

  it('answers every view the same: the portfolio of both quarters and each KR’s detail', async () => {
    for (const periodId of [CURRENT_QUARTER.id, PREVIOUS_QUARTER.id]) {
      const before = await call(rt.app, K.portfolio, { periodId }, VIEWER);
      expect(await call(fresh, K.portfolio, { periodId }, VIEWER)).toEqual(before);
    }
    for (const keyResultId of keyResultIds) {
      const before = await call(rt.app, K.keyResultDetail, { keyResultId }, VIEWER);
      expect(await call(fresh, K.keyResultDetail, { keyResultId }, VIEWER)).toEqual(before);
    }
    figure(PART, SCENARIO, 'views compared (2 portfolios + KR details)', 2 + keyResultIds.length, 'all equal');
  });
});

describe('a backup holding a record of an older layout', () => {
  // As if objectives had moved to layout 2 since the backup was taken: layout 1 had one `ownerId`, not `ownerIds`.
  const objectiveV2 = defineRecordCodec({
    entity: objectiveCodec.entity,
    schema: Objective,
    schemaVersion: 2,
    migrations: {
      1: (data) => {
        const { ownerId, ...rest } = z.object({ ownerId: z.string() }).passthrough().parse(data);
        return { ...rest, ownerIds: [ownerId] };
      },
    },
  });

  it('is migrated on import, never dropped; a broken one is refused with its record named', () => {
    const records = structuredClone(recordsOf(first));
    const asV2 = records.objectives.map((r) => ({ ...r, schemaVersion: 2 }));
    const original = records.objectives[0]!.data as { ownerIds: string[] };
    const { ownerIds, ...rest } = original;
    asV2[0] = { schemaVersion: 1, data: { ...rest, ownerId: ownerIds[0] } };
    const decoded = decodeBackupRecords(
      { ...records, objectives: asV2 },
      { ...BACKUP_CODECS, objectives: objectiveV2 },
    );
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.value.objectives).toHaveLength(records.objectives.length);
    expect(decoded.value.objectives[0]).toEqual({ ...original, ownerIds: [ownerIds[0]] });
    figure(PART, 'older layout in a backup', 'records migrated / dropped', '1 / 0', '0 dropped');

    asV2[0] = { schemaVersion: 1, data: { ...rest } };
    const refused = decodeBackupRecords(
      { ...records, objectives: asV2 },
      { ...BACKUP_CODECS, objectives: objectiveV2 },
    );
    expect(refused).toMatchObject({ ok: false, error: [{ path: 'objectives[0]' }] });
  });
});
