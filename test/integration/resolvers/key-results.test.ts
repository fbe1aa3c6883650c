import { RESOLVER_KEYS as K, type Written } from '../../../src/contract';
import { collectAll } from '../../../src/store';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, type Harness } from './support/harness';

async function anObjective(h: Harness) {
  return (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
}

const epic = (h: Harness, key: string) => ({ kind: 'epic', issueId: h.id(key) });
const jiraSource = (targets: unknown[]) => ({ type: 'jira', measure: 'count', targets, includeSubtasks: false });

async function linksOf(h: Harness, keyResultId: string) {
  return (await collectAll((page) => h.repos.links.listByKeyResult(keyResultId, page))).map((l) => l.target);
}

describe('okr/createKeyResult', () => {
  test('a Jira KR: stored in its objective’s period at version 1, its targets indexed, a recompute queued', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const source = jiraSource([epic(h, 'TEAM-1'), { kind: 'project', projectId: h.projectId('CORE') }]);
    const written = await h.data<Written>(
      K.createKeyResult,
      krInput(objectiveId, { source, weight: 2 }),
      ANN.accountId,
    );
    expect(written.version).toBe(1);
    expect(await h.repos.keyResults.get(written.id)).toMatchObject({
      objectiveId,
      periodId: '2026-Q4',
      weight: 2,
      source: { type: 'jira', targets: source.targets },
      version: 1,
    });
    expect(await linksOf(h, written.id)).toEqual(expect.arrayContaining(source.targets));
    expect(h.queuedRecomputes()).toEqual([written.id]);
  });

  test.each([
    [
      'a metric whose target equals its start',
      { source: { type: 'metric', start: 5, target: 5, current: 5, direction: 'increase' } },
      'source.target',
    ],
    [
      'an unknown key inside the source',
      { source: { type: 'metric', start: 0, target: 10, current: 0, direction: 'increase', formula: 'x' } },
      'source.formula',
    ],
    ['an unknown source type', { source: { type: 'spreadsheet' } }, 'source.type'],
    ['no targets', { source: jiraSource([]) }, 'source.targets'],
    [
      'an issue key instead of an id',
      { source: jiraSource([{ kind: 'epic', issueId: 'TEAM-1' }]) },
      'source.targets.0.issueId',
    ],
    ['a negative weight', { weight: -1 }, 'weight'],
    ['a baseline on a metric KR', { baseline: { mode: 'period' } }, 'baseline'],
    ['an unknown kind', { kind: 'stretch' }, 'kind'],
  ])('%s is VALIDATION naming the field, and nothing is stored', async (_name, overrides, path) => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const answer = await h.call(K.createKeyResult, krInput(objectiveId, overrides), ANN.accountId);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect((await h.repos.keyResults.listByObjective(objectiveId)).items).toEqual([]);
    expect(h.queuedRecomputes()).toEqual([]);
  });

  test('targets are checked as the caller in Jira: a story is not an epic, unseen work is refused', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const notAnEpic = await h.call(
      K.createKeyResult,
      krInput(objectiveId, { source: jiraSource([epic(h, 'TEAM-2')]) }),
      ANN.accountId,
    );
    expect(notAnEpic).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'source.targets.0.issueId', message: 'TEAM-2 is not an epic' }] },
    });
    // Bob may not browse CORE: made an owner by Ann, he still cannot point a KR at CORE work.
    await h.data(
      K.updateObjective,
      { objectiveId, version: 1, ownerIds: [ANN.accountId, BOB.accountId] },
      ANN.accountId,
    );
    const unseen = await h.call(
      K.createKeyResult,
      krInput(objectiveId, {
        ownerIds: [BOB.accountId],
        source: jiraSource([epic(h, 'TEAM-1'), epic(h, 'CORE-1'), { kind: 'version', versionId: h.versionId }]),
      }),
      BOB.accountId,
    );
    expect(unseen).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: [
          { path: 'source.targets.1.issueId', message: 'is no issue you can see in Jira' },
          { path: 'source.targets.2.versionId', message: 'is no version you can see' },
        ],
      },
    });
    expect(JSON.stringify(unseen)).not.toContain('CORE-1');
  });

  test('JQL a Jira user cannot run is VALIDATION with Jira’s reason', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const answer = await h.call(
      K.createKeyResult,
      krInput(objectiveId, { source: jiraSource([{ kind: 'jql', jql: 'project = TEAM AND (status = Done' }]) }),
      ANN.accountId,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'source.targets.0.jql' }] },
    });
  });

  test('only the objective’s owners and Jira admins add key results', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    expect(await h.call(K.createKeyResult, krInput(objectiveId), BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await h.repos.keyResults.listByObjective(objectiveId)).items).toEqual([]);
    expect(await h.call(K.createKeyResult, krInput(objectiveId), ADA.accountId)).toMatchObject({ ok: true });
  });

  test('an objective that does not exist is NOT_FOUND', async () => {
    const h = createHarness();
    expect(await h.call(K.createKeyResult, krInput('missing-objective'), ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('okr/updateKeyResult', () => {
  test('edits what is sent, re-indexes changed targets, queues a recompute', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const { id } = await h.data<Written>(
      K.createKeyResult,
      krInput(objectiveId, { source: jiraSource([epic(h, 'TEAM-1')]) }),
      ANN.accountId,
    );
    const written = await h.data<Written>(
      K.updateKeyResult,
      { keyResultId: id, version: 1, title: 'Launch on time', source: jiraSource([epic(h, 'TEAM-4')]) },
      ANN.accountId,
    );
    expect(written).toEqual({ id, version: 2 });
    expect(await h.repos.keyResults.get(id)).toMatchObject({ title: 'Launch on time', kind: 'committed', version: 2 });
    expect(await linksOf(h, id)).toEqual([epic(h, 'TEAM-4')]);
    expect(await h.repos.links.listByTarget(epic(h, 'TEAM-1') as never)).toEqual({ items: [] });
  });

  test('two editors: the loser gets CONFLICT, the winner’s data persists', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const { id } = await h.data<Written>(K.createKeyResult, krInput(objectiveId), ANN.accountId);
    expect(await h.call(K.updateKeyResult, { keyResultId: id, version: 1, weight: 2 }, ANN.accountId)).toMatchObject({
      ok: true,
    });
    const loser = await h.call(K.updateKeyResult, { keyResultId: id, version: 1, weight: 5 }, ADA.accountId);
    expect(loser).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('reload') } });
    expect((await h.repos.keyResults.get(id))?.weight).toBe(2);
  });

  test('a non-owner is FORBIDDEN; a bad value is VALIDATION; nothing changes either way', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const { id } = await h.data<Written>(K.createKeyResult, krInput(objectiveId), ANN.accountId);
    expect(
      await h.call(K.updateKeyResult, { keyResultId: id, version: 1, title: 'Mine now' }, BOB.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await h.call(K.updateKeyResult, { keyResultId: id, version: 1, objectiveId: 'elsewhere' }, ANN.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'objectiveId' }] },
    });
    expect(await h.repos.keyResults.get(id)).toMatchObject({ title: 'Activation rate from 20% to 40%', version: 1 });
  });
});

describe('okr/deleteKeyResult', () => {
  test('at the loaded version only; deletes the KR with its links and progress', async () => {
    const h = createHarness();
    const objectiveId = await anObjective(h);
    const { id } = await h.data<Written>(
      K.createKeyResult,
      krInput(objectiveId, { source: jiraSource([epic(h, 'TEAM-1')]) }),
      ANN.accountId,
    );
    await h.data(K.updateKeyResult, { keyResultId: id, version: 1, weight: 2 }, ANN.accountId);
    expect(await h.call(K.deleteKeyResult, { keyResultId: id, version: 1 }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await h.repos.keyResults.get(id)).toBeDefined();
    expect(await h.call(K.deleteKeyResult, { keyResultId: id, version: 2 }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.data(K.deleteKeyResult, { keyResultId: id, version: 2 }, ANN.accountId)).toEqual({ id, version: 2 });
    expect(await h.repos.keyResults.get(id)).toBeUndefined();
    expect(await linksOf(h, id)).toEqual([]);
    expect(await h.call(K.deleteKeyResult, { keyResultId: id, version: 2 }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
