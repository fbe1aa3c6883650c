/**
 * okr/exportBackup and okr/importBackup through the real resolver (invoker, emulated kvs, Jira simulator): Jira admins
 * only, a round trip into a fresh site, an invalid record refusing the whole import with the field named, and an
 * import over a site that has records of its own (same ids replaced, others kept: docs/adr/0015).
 */
import {
  RESOLVER_KEYS as K,
  type BackupDocument,
  type ImportBackupResult,
  type KeyResultDetailView,
  type Written,
} from '../../../src/contract';
import { MAX_BACKUP_BYTES } from '../../../src/usecases/backup/backup-size';
import {
  ADA,
  ANN,
  createHarness,
  krInput,
  objectiveInput,
  type Harness,
} from '../../integration/resolvers/support/harness';

const withoutTime = ({ exportedAt: _at, ...rest }: BackupDocument) => rest;

/** A document's records as exported: `{ schemaVersion, data }` (the contract leaves them opaque to the UI). */
type Rec = { schemaVersion: number; data: Record<string, unknown> };
type Records = Record<'objectives' | 'keyResults' | 'links' | 'checkIns', Rec[]>;
const records = (document: BackupDocument) => document as unknown as Records;

/** Two objectives (one aligned to the other), a metric KR checked in twice and a Jira KR with an epic link. */
async function seed(h: Harness) {
  const parent = (await h.data<Written>(K.createObjective, objectiveInput({ title: 'Company' }), ANN.accountId)).id;
  const child = (
    await h.data<Written>(
      K.createObjective,
      objectiveInput({ title: 'Team', parent: { objectiveId: parent, contributionWeight: 2 } }),
      ANN.accountId,
    )
  ).id;
  const metric = (await h.data<Written>(K.createKeyResult, krInput(child), ANN.accountId)).id;
  await h.data(K.recordCheckIn, { keyResultId: metric, confidence: 'high', value: 30, note: 'up' }, ANN.accountId);
  await h.data(
    K.recordCheckIn,
    { keyResultId: metric, confidence: 'medium', value: 45, note: '<b>x</b>' },
    ANN.accountId,
  );
  const jira = (
    await h.data<Written>(
      K.createKeyResult,
      krInput(parent, {
        title: 'Launch ships',
        source: {
          type: 'jira',
          measure: 'count',
          targets: [{ kind: 'epic', issueId: h.id('TEAM-1') }],
          includeSubtasks: false,
        },
      }),
      ANN.accountId,
    )
  ).id;
  await h.drainRecomputes();
  return { parent, child, metric, jira };
}

describe('okr/exportBackup and okr/importBackup', () => {
  it('are for Jira admins only', async () => {
    const h = createHarness();
    await seed(h);
    expect(await h.call(K.exportBackup, {}, ANN.accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const document = await h.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    const fresh = createHarness();
    expect(await fresh.call(K.importBackup, { document }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await fresh.data<BackupDocument>(K.exportBackup, {}, ADA.accountId)).objectives).toEqual([]);
  });

  it('round-trips every record into a fresh site: the second export equals the first, and the views agree', async () => {
    const h = createHarness();
    const ids = await seed(h);
    const first = await h.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    // 2 objectives; 2 KRs; 1 link (the epic); 2 check-ins; 2 progress records (both KRs computed); and the Jira KR's
    // burn-up history, rebuilt from changelogs when it was created (one snapshot per day of the period so far).
    expect(
      [first.objectives, first.keyResults, first.links, first.checkIns, first.progress].map((r) => r.length),
    ).toEqual([2, 2, 1, 2, 2]);
    expect(first.objectives[0]).toMatchObject({ schemaVersion: 1, data: { id: expect.any(String) } });

    const fresh = createHarness();
    const result = await fresh.data<ImportBackupResult>(K.importBackup, { document: first }, ADA.accountId);
    expect(first.snapshots.length).toBeGreaterThan(0);
    expect(result).toEqual({
      objectives: 2,
      keyResults: 2,
      links: 1,
      checkIns: 2,
      snapshots: first.snapshots.length,
      progress: 2,
      closedPeriods: 0,
    });
    const second = await fresh.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    expect(withoutTime(second)).toEqual(withoutTime(first));

    for (const id of [ids.metric, ids.jira]) {
      const before = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: id }, ANN.accountId);
      const after = await fresh.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: id }, ANN.accountId);
      expect(after).toEqual(before);
    }
    // The metric KR shows the last check-in's value: (45 − 0) / (100 − 0) = 0.45.
    expect(await fresh.repos.progress.get(ids.metric)).toMatchObject({ progress: 0.45 });
  });

  it('refuses a backup with one invalid record, naming it, and writes nothing', async () => {
    const h = createHarness();
    await seed(h);
    const document = await h.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    const broken = structuredClone(document);
    const { keyResults, checkIns } = records(broken);
    const jiraIndex = keyResults.findIndex((r) => (r.data.source as { type: string }).type === 'jira');
    keyResults[jiraIndex]!.data.source = {
      ...(keyResults[jiraIndex]!.data.source as object),
      targets: [{ kind: 'board' }],
    };
    checkIns[1]!.data.confidence = 'sure';

    const fresh = createHarness();
    const answer = await fresh.call(K.importBackup, { document: broken }, ADA.accountId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const paths = answer.ok ? [] : (answer.error.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([`keyResults[${jiraIndex}].source.targets.0.kind`, 'checkIns[1].confidence']),
    );
    const after = await fresh.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    expect([after.objectives, after.keyResults, after.checkIns].map((r) => r.length)).toEqual([0, 0, 0]);
  });

  it('refuses unresolvable references, alignment cycles, duplicates, a newer layout and a document too large', async () => {
    const h = createHarness();
    await seed(h);
    const document = await h.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);
    const orphan = structuredClone(document);
    orphan.objectives.pop();
    const newer = structuredClone(document);
    records(newer).links[0]!.schemaVersion = 2;
    const fresh = createHarness();

    const refused = async (doc: BackupDocument) => {
      const answer = await fresh.call(K.importBackup, { document: doc }, ADA.accountId);
      if (answer.ok) throw new Error('imported');
      return answer.error;
    };
    expect((await refused(orphan)).fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(keyResults\[\d\]\.objectiveId|objectives\[0\]\.parent\.objectiveId)$/),
      ]),
    );
    expect((await refused(newer)).fields).toEqual([
      { path: 'links[0].schemaVersion', message: expect.stringContaining('newer') },
    ]);
    // Company ← Team as seeded; pointing Company at Team closes a loop no write through the app could make.
    const cycle = structuredClone(document);
    const [a, b] = records(cycle).objectives;
    a!.data.parent = { objectiveId: b!.data.id, contributionWeight: 1 };
    b!.data.parent = { objectiveId: a!.data.id, contributionWeight: 1 };
    expect((await refused(cycle)).fields).toEqual([
      { path: 'objectives[0].parent.objectiveId', message: 'closes an alignment cycle' },
      { path: 'objectives[1].parent.objectiveId', message: 'closes an alignment cycle' },
    ]);
    const twice = structuredClone(document);
    records(twice).checkIns.push(records(twice).checkIns[0]!);
    expect((await refused(twice)).fields).toEqual([{ path: 'checkIns[2]', message: 'appears twice in the backup' }]);
    const huge = structuredClone(document);
    records(huge).checkIns[0]!.data.note = 'x'.repeat(MAX_BACKUP_BYTES);
    expect(await refused(huge)).toMatchObject({ code: 'VALIDATION', fields: [{ path: '' }] });
    expect((await fresh.data<BackupDocument>(K.exportBackup, {}, ADA.accountId)).objectives).toEqual([]);
  });

  it('into a site with records of its own: records of the same id are replaced, the others kept', async () => {
    const h = createHarness();
    const ids = await seed(h);
    const document = await h.data<BackupDocument>(K.exportBackup, {}, ADA.accountId);

    // Meanwhile the site moved on: the child objective is retitled and a new objective is created.
    const child = await h.repos.objectives.get(ids.child);
    await h.data(
      K.updateObjective,
      { objectiveId: ids.child, version: child!.version, title: 'Renamed' },
      ANN.accountId,
    );
    expect(await h.repos.objectives.get(ids.child)).toMatchObject({ title: 'Renamed' });
    const extra = (await h.data<Written>(K.createObjective, objectiveInput({ title: 'Extra' }), ANN.accountId)).id;

    await h.data(K.importBackup, { document }, ADA.accountId);
    expect(await h.repos.objectives.get(ids.child)).toMatchObject({ title: 'Team' });
    expect(await h.repos.objectives.get(extra)).toMatchObject({ title: 'Extra' });
  });
});
