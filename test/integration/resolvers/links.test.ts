import { RESOLVER_KEYS as K, type TargetPreview, type Written } from '../../../src/contract';
import { collectAll } from '../../../src/store';
import { ADA, ANN, BOB, createHarness, krInput, metricSource, objectiveInput, type Harness } from './support/harness';

const jiraSource = (targets: unknown[]) => ({ type: 'jira', measure: 'count', targets, includeSubtasks: false });

async function jiraKr(h: Harness, targets: unknown[]) {
  const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
  return (
    await h.data<Written>(K.createKeyResult, krInput(objectiveId, { source: jiraSource(targets) }), ANN.accountId)
  ).id;
}

const epic = (h: Harness, key: string) => ({ kind: 'epic' as const, issueId: h.id(key) });

describe('okr/previewTarget', () => {
  test('an epic: label, counts of its children (epics and sub-tasks left out), a sample the viewer may browse', async () => {
    const h = createHarness();
    const preview = await h.data<TargetPreview>(K.previewTarget, { target: epic(h, 'TEAM-1') }, BOB.accountId);
    // TEAM-2 (Done) and TEAM-3 (In Progress); TEAM-6 is a sub-task of TEAM-2.
    expect(preview).toEqual({
      target: epic(h, 'TEAM-1'),
      label: 'TEAM-1 Launch',
      scope: { issues: 2, done: 1 },
      sample: [
        { key: 'TEAM-2', summary: 'Pad' },
        { key: 'TEAM-3', summary: 'Fuel' },
      ],
    });
  });

  test('a JQL scope: counts may include issues the viewer cannot browse, the sample never names them', async () => {
    const h = createHarness();
    const preview = await h.data<TargetPreview>(
      K.previewTarget,
      { target: { kind: 'jql', jql: 'labels = okr' } },
      BOB.accountId,
    );
    // TEAM-7 (Done) and CORE-2 (To Do) carry the label; Bob sees only TEAM.
    expect(preview.scope).toEqual({ issues: 2, done: 1 });
    expect(preview.sample).toEqual([{ key: 'TEAM-7', summary: 'Tidy' }]);
    expect(JSON.stringify(preview)).not.toMatch(/CORE|Secret/);
  });

  test('a target the viewer cannot see is VALIDATION, with no count computed for them', async () => {
    const h = createHarness();
    h.sim.meter.reset();
    const answer = await h.call(K.previewTarget, { target: epic(h, 'CORE-1') }, BOB.accountId);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.any(String),
        fields: [{ path: 'target.issueId', message: 'is no issue you can see in Jira' }],
      },
    });
    expect(JSON.stringify(answer)).not.toMatch(/CORE|Secret/);
    expect(h.sim.meter.byEndpoint['POST /rest/api/3/search/approximate-count']).toBeUndefined();
  });

  test('a project and a version, labelled by name; JQL Jira refuses is VALIDATION with its reason', async () => {
    const h = createHarness();
    const project = await h.data<TargetPreview>(
      K.previewTarget,
      { target: { kind: 'project', projectId: h.projectId('CORE') } },
      ANN.accountId,
    );
    // CORE-2 and CORE-3; the epic CORE-1 is left out.
    expect(project).toMatchObject({ label: 'Core Secrets (CORE)', scope: { issues: 2, done: 1 } });
    const version = await h.data<TargetPreview>(
      K.previewTarget,
      { target: { kind: 'version', versionId: h.versionId } },
      ANN.accountId,
    );
    expect(version).toMatchObject({
      label: 'Fix version 1.0',
      scope: { issues: 1, done: 0 },
      sample: [{ key: 'CORE-2' }],
    });
    const badJql = await h.call(K.previewTarget, { target: { kind: 'jql', jql: 'project = NOSUCH' } }, ANN.accountId);
    expect(badJql).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: [{ path: 'target.jql', message: expect.stringContaining('Jira refused it') }],
      },
    });
  });

  test('an unknown target kind or extra key is VALIDATION', async () => {
    const h = createHarness();
    expect(await h.call(K.previewTarget, { target: { kind: 'board', boardId: '1' } }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'target.kind' }] },
    });
    expect(
      await h.call(K.previewTarget, { target: { ...epic(h, 'TEAM-1'), key: 'TEAM-1' } }, ANN.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'target.key' }] },
    });
  });
});

describe('okr/linkTarget and okr/unlinkTarget', () => {
  test('linking adds the target to the KR and to the links index, and queues a recompute', async () => {
    const h = createHarness();
    // Stored directly, so that the only recompute queued is the link's.
    const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
    const id = 'kr-stored';
    await h.repos.keyResults.create({
      ...krInput(objectiveId, { source: jiraSource([epic(h, 'TEAM-1')]) }),
      id,
      periodId: '2026-Q4',
      version: 0,
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
    } as never);
    expect(h.queuedRecomputes()).toEqual([]);
    const written = await h.data<Written>(K.linkTarget, { keyResultId: id, target: epic(h, 'TEAM-4') }, ANN.accountId);
    expect(written).toEqual({ id, version: 2 });
    expect((await h.repos.keyResults.get(id))?.source).toMatchObject({
      targets: [epic(h, 'TEAM-1'), epic(h, 'TEAM-4')],
    });
    expect((await h.repos.links.listByTarget(epic(h, 'TEAM-4'))).items).toEqual([
      expect.objectContaining({ keyResultId: id, createdBy: ANN.accountId }),
    ]);
    expect(h.queuedRecomputes()).toEqual([id]);
  });

  test('linking what is linked already is the ALREADY_LINKED outcome, and changes nothing', async () => {
    const h = createHarness();
    const id = await jiraKr(h, [epic(h, 'TEAM-1')]);
    const answer = await h.call(K.linkTarget, { keyResultId: id, target: epic(h, 'TEAM-1') }, ANN.accountId);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'ALREADY_LINKED', message: expect.stringContaining('already linked') },
    });
    expect((await h.repos.keyResults.get(id))?.version).toBe(1);
  });

  test('only Jira KRs count linked work; only owners and admins link; only epics the linker can see', async () => {
    const h = createHarness();
    const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
    const metric = (
      await h.data<Written>(K.createKeyResult, krInput(objectiveId, { source: metricSource }), ANN.accountId)
    ).id;
    expect(await h.call(K.linkTarget, { keyResultId: metric, target: epic(h, 'TEAM-1') }, ANN.accountId)).toMatchObject(
      {
        ok: false,
        error: { code: 'VALIDATION', fields: [{ path: 'keyResultId' }] },
      },
    );
    const id = await jiraKr(h, [epic(h, 'TEAM-1')]);
    expect(await h.call(K.linkTarget, { keyResultId: id, target: epic(h, 'TEAM-4') }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call(K.linkTarget, { keyResultId: id, target: epic(h, 'TEAM-3') }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'target.issueId', message: 'TEAM-3 is not an epic' }] },
    });
    expect(await h.data(K.linkTarget, { keyResultId: id, target: epic(h, 'CORE-1') }, ADA.accountId)).toEqual({
      id,
      version: 2,
    });
    expect(
      await h.call(K.linkTarget, { keyResultId: 'no-such-kr', target: epic(h, 'TEAM-4') }, ANN.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('unlinking removes the target from the KR and the index; again is a no-op; the last target stays', async () => {
    const h = createHarness();
    const id = await jiraKr(h, [epic(h, 'TEAM-1'), epic(h, 'TEAM-4')]);
    expect(await h.data(K.unlinkTarget, { keyResultId: id, target: epic(h, 'TEAM-4') }, ANN.accountId)).toEqual({
      id,
      version: 2,
    });
    expect((await h.repos.keyResults.get(id))?.source).toMatchObject({ targets: [epic(h, 'TEAM-1')] });
    expect((await h.repos.links.listByTarget(epic(h, 'TEAM-4'))).items).toEqual([]);
    expect(await h.data(K.unlinkTarget, { keyResultId: id, target: epic(h, 'TEAM-4') }, ANN.accountId)).toEqual({
      id,
      version: 2,
    });
    expect(await h.call(K.unlinkTarget, { keyResultId: id, target: epic(h, 'TEAM-1') }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'target' }] },
    });
    expect(await h.call(K.unlinkTarget, { keyResultId: id, target: epic(h, 'TEAM-1') }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const links = await collectAll((page) => h.repos.links.listByKeyResult(id, page));
    expect(links.map((l) => l.target)).toEqual([epic(h, 'TEAM-1')]);
  });

  test('an edit saved while a link is being checked in Jira: the link re-reads and retries (it carries no version), both land', async () => {
    const h = createHarness();
    const id = await jiraKr(h, [epic(h, 'TEAM-1')]);
    const [linked, edited] = await Promise.all([
      h.call(K.linkTarget, { keyResultId: id, target: epic(h, 'TEAM-4') }, ANN.accountId),
      h.call(K.updateKeyResult, { keyResultId: id, version: 1, title: 'Renamed' }, ANN.accountId),
    ]);
    expect(edited).toMatchObject({ ok: true });
    expect(linked).toMatchObject({ ok: true });
    const stored = await h.repos.keyResults.get(id);
    expect(stored).toMatchObject({
      title: 'Renamed',
      version: 3,
      source: { targets: [epic(h, 'TEAM-1'), epic(h, 'TEAM-4')] },
    });
  });
});
