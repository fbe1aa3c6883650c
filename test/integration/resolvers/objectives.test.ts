import { RESOLVER_KEYS as K, type Written } from '../../../src/contract';
import { collectAll } from '../../../src/store';
import {
  ADA,
  ANN,
  BOB,
  createHarness,
  EVE,
  objectiveInput,
  storedProgress,
  krInput,
  type Harness,
} from './support/harness';

async function allObjectives(h: Harness) {
  return collectAll((page) => h.repos.objectives.listByPeriod('2026-Q4', page));
}

describe('okr/createObjective', () => {
  test('stores an active objective at version 1, owned as asked', async () => {
    const h = createHarness();
    const written = await h.data<Written>(
      K.createObjective,
      objectiveInput({ team: 'Rocket', description: 'Why it matters' }),
      ANN.accountId,
    );
    expect(written.version).toBe(1);
    expect(await h.repos.objectives.get(written.id)).toMatchObject({
      id: written.id,
      title: 'Customers love onboarding',
      description: 'Why it matters',
      periodId: '2026-Q4',
      level: 'team',
      team: 'Rocket',
      ownerIds: [ANN.accountId],
      state: 'active',
      version: 1,
      createdAt: '2026-11-16T09:00:00.000Z',
    });
  });

  test.each([
    ['an empty title', { title: '   ' }, 'title'],
    ['a title over 255 characters', { title: 'x'.repeat(256) }, 'title'],
    ['an unknown level', { level: 'galaxy' }, 'level'],
    ['a period id that is no period', { periodId: 'next-quarter' }, 'periodId'],
    ['a year outside the plan', { periodId: '1999-Q1' }, 'periodId'],
    ['no owner', { ownerIds: [] }, 'ownerIds'],
    ['an owner twice', { ownerIds: [ANN.accountId, ANN.accountId] }, 'ownerIds'],
    ['a hostile owner id', { ownerIds: [ANN.accountId, '../../etc/passwd'] }, 'ownerIds.1'],
    ['an unknown field', { state: 'closed' }, 'state'],
    [
      'an unknown field in the parent',
      { parent: { objectiveId: 'x', contributionWeight: 1, root: true } },
      'parent.root',
    ],
    ['a control character in the title', { title: 'Launch\u0000' }, 'title'],
    [
      'a parent that does not exist',
      { parent: { objectiveId: 'no-such-objective', contributionWeight: 1 } },
      'parent.objectiveId',
    ],
    ['a creator who is not among the owners', { ownerIds: [BOB.accountId] }, 'ownerIds'],
  ])('%s is VALIDATION naming the field, and nothing is stored', async (_name, overrides, path) => {
    const h = createHarness();
    const answer = await h.call(K.createObjective, objectiveInput(overrides), ANN.accountId);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect(await allObjectives(h)).toEqual([]);
  });

  test('an oversized payload is refused before it is parsed', async () => {
    const h = createHarness();
    const answer = await h.call(K.createObjective, objectiveInput({ description: 'x'.repeat(70_000) }), ANN.accountId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: '' }] } });
  });

  test('hostile text is stored as text, never interpreted', async () => {
    const h = createHarness();
    const title = `<img src=x onerror=alert(1)> "; DROP TABLE okr; -- ' OR 1=1 {{7*7}} \${process.env}`;
    const written = await h.data<Written>(K.createObjective, objectiveInput({ title }), ANN.accountId);
    expect((await h.repos.objectives.get(written.id))?.title).toBe(title);
  });

  test('someone who may browse no Jira project is FORBIDDEN', async () => {
    const h = createHarness();
    const answer = await h.call(K.createObjective, objectiveInput({ ownerIds: [EVE.accountId] }), EVE.accountId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await allObjectives(h)).toEqual([]);
  });

  test('a Jira admin may create an objective for others', async () => {
    const h = createHarness();
    const written = await h.data<Written>(
      K.createObjective,
      objectiveInput({ ownerIds: [BOB.accountId] }),
      ADA.accountId,
    );
    expect((await h.repos.objectives.get(written.id))?.ownerIds).toEqual([BOB.accountId]);
  });
});

describe('okr/updateObjective', () => {
  async function created(h: Harness) {
    return h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
  }

  test('an owner edits the fields sent; the rest stays; the version moves on', async () => {
    const h = createHarness();
    const { id } = await created(h);
    const written = await h.data<Written>(
      K.updateObjective,
      { objectiveId: id, version: 1, title: 'Onboarding delights' },
      ANN.accountId,
    );
    expect(written).toEqual({ id, version: 2 });
    expect(await h.repos.objectives.get(id)).toMatchObject({ title: 'Onboarding delights', level: 'team', version: 2 });
  });

  test('a non-owner who is no Jira admin is FORBIDDEN, and nothing changes', async () => {
    const h = createHarness();
    const { id } = await created(h);
    const answer = await h.call(K.updateObjective, { objectiveId: id, version: 1, title: 'Hijacked' }, BOB.accountId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.repos.objectives.get(id)).toMatchObject({ title: 'Customers love onboarding', version: 1 });
  });

  test('owners are never taken from the payload: claiming ownership in the edit does not help', async () => {
    const h = createHarness();
    const { id } = await created(h);
    const answer = await h.call(
      K.updateObjective,
      { objectiveId: id, version: 1, ownerIds: [BOB.accountId] },
      BOB.accountId,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('a Jira admin may edit any objective', async () => {
    const h = createHarness();
    const { id } = await created(h);
    expect(
      await h.data<Written>(K.updateObjective, { objectiveId: id, version: 1, team: 'Platform' }, ADA.accountId),
    ).toEqual({ id, version: 2 });
  });

  test('two editors: the loser gets CONFLICT with a clear message, the winner’s data persists', async () => {
    const h = createHarness();
    const { id } = await created(h);
    const [first, second] = [
      await h.call(K.updateObjective, { objectiveId: id, version: 1, title: 'Ann’s title' }, ANN.accountId),
      await h.call(K.updateObjective, { objectiveId: id, version: 1, title: 'Ada’s title' }, ADA.accountId),
    ];
    expect(first).toEqual({ ok: true, data: { id, version: 2 } });
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/changed since it was read \(version 1, now 2\).*reload/i),
      },
    });
    expect((await h.repos.objectives.get(id))?.title).toBe('Ann’s title');
  });

  test('moving to another period moves its key results with it', async () => {
    const h = createHarness();
    const { id } = await created(h);
    const kr = await h.data<Written>(K.createKeyResult, krInput(id), ANN.accountId);
    await h.data(K.updateObjective, { objectiveId: id, version: 1, periodId: '2027-Q1' }, ANN.accountId);
    expect((await h.repos.keyResults.get(kr.id))?.periodId).toBe('2027-Q1');
  });

  test('an unknown objective is NOT_FOUND; a parent field is not accepted here (align is its own key)', async () => {
    const h = createHarness();
    const { id } = await created(h);
    expect(
      await h.call(K.updateObjective, { objectiveId: 'missing', version: 1, title: 'x' }, ANN.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await h.call(
        K.updateObjective,
        { objectiveId: id, version: 1, parent: { objectiveId: id, contributionWeight: 1 } },
        ANN.accountId,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'parent' }] } });
  });
});

describe('okr/alignObjective', () => {
  test('aligns under a parent, refuses a loop with ALIGNMENT_CYCLE, and removes an alignment with null', async () => {
    const h = createHarness();
    const company = await h.data<Written>(
      K.createObjective,
      objectiveInput({ title: 'Company', level: 'company' }),
      ANN.accountId,
    );
    const team = await h.data<Written>(K.createObjective, objectiveInput({ title: 'Team' }), ANN.accountId);
    const me = await h.data<Written>(
      K.createObjective,
      objectiveInput({ title: 'Me', level: 'individual' }),
      ANN.accountId,
    );
    await h.data(
      K.alignObjective,
      { objectiveId: team.id, version: 1, parent: { objectiveId: company.id, contributionWeight: 2 } },
      ANN.accountId,
    );
    await h.data(
      K.alignObjective,
      { objectiveId: me.id, version: 1, parent: { objectiveId: team.id, contributionWeight: 1 } },
      ANN.accountId,
    );

    const loop = await h.call(
      K.alignObjective,
      { objectiveId: company.id, version: 1, parent: { objectiveId: me.id, contributionWeight: 1 } },
      ANN.accountId,
    );
    expect(loop).toEqual({
      ok: false,
      error: { code: 'ALIGNMENT_CYCLE', message: expect.stringContaining('"Company" → "Me" → "Team" → "Company"') },
    });
    expect((await h.repos.objectives.get(company.id))?.parent).toBeUndefined();

    const self = await h.call(
      K.alignObjective,
      { objectiveId: team.id, version: 2, parent: { objectiveId: team.id, contributionWeight: 1 } },
      ANN.accountId,
    );
    expect(self).toMatchObject({ ok: false, error: { code: 'ALIGNMENT_CYCLE' } });

    expect(await h.data(K.alignObjective, { objectiveId: team.id, version: 2, parent: null }, ANN.accountId)).toEqual({
      id: team.id,
      version: 3,
    });
    expect((await h.repos.objectives.get(team.id))?.parent).toBeUndefined();
  });

  test('the parent must exist; a zero or negative contribution weight is VALIDATION', async () => {
    const h = createHarness();
    const team = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    expect(
      await h.call(
        K.alignObjective,
        { objectiveId: team.id, version: 1, parent: { objectiveId: 'nope', contributionWeight: 1 } },
        ANN.accountId,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'parent.objectiveId' }] } });
    expect(
      await h.call(
        K.alignObjective,
        { objectiveId: team.id, version: 1, parent: { objectiveId: team.id, contributionWeight: 0 } },
        ANN.accountId,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'parent.contributionWeight' }] } });
    expect((await h.repos.objectives.get(team.id))?.version).toBe(1);
  });

  test('only the child’s owners (or an admin) align it', async () => {
    const h = createHarness();
    const company = await h.data<Written>(K.createObjective, objectiveInput({ level: 'company' }), ANN.accountId);
    const team = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    const answer = await h.call(
      K.alignObjective,
      { objectiveId: team.id, version: 1, parent: { objectiveId: company.id, contributionWeight: 1 } },
      BOB.accountId,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('okr/closeObjective and okr/abandonObjective', () => {
  test('closing grades the objective from its stored progress; a second close is INVALID_TRANSITION', async () => {
    const h = createHarness();
    const { id } = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    const a = await h.data<Written>(K.createKeyResult, krInput(id, { weight: 1 }), ANN.accountId);
    const b = await h.data<Written>(K.createKeyResult, krInput(id, { weight: 3, title: 'Second' }), ANN.accountId);
    await h.repos.progress.save(storedProgress(a.id, 0.9));
    await h.repos.progress.save(storedProgress(b.id, 0.5));
    // (1 × 0.9 + 3 × 0.5) / 4 = 0.6
    const closed = await h.data<Written>(
      K.closeObjective,
      { objectiveId: id, version: 1, retrospective: 'Learned a lot' },
      ANN.accountId,
    );
    expect(closed).toEqual({ id, version: 2 });
    expect(await h.repos.objectives.get(id)).toMatchObject({
      state: 'closed',
      grade: 0.6,
      retrospective: 'Learned a lot',
    });
    const again = await h.call(K.closeObjective, { objectiveId: id, version: 2 }, ANN.accountId);
    expect(again).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'An objective cannot go from closed to closed.' },
    });
    const abandon = await h.call(K.abandonObjective, { objectiveId: id, version: 2 }, ANN.accountId);
    expect(abandon).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  test('a closed objective no longer changes: edits and new key results are refused naming it', async () => {
    const h = createHarness();
    const { id } = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    await h.data(K.closeObjective, { objectiveId: id, version: 1 }, ANN.accountId);
    expect(
      await h.call(K.updateObjective, { objectiveId: id, version: 2, title: 'Rewrite history' }, ANN.accountId),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'objectiveId', message: expect.stringContaining('closed') }] },
    });
    expect(await h.call(K.createKeyResult, krInput(id), ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  test('abandoning is for owners and admins, at the version loaded', async () => {
    const h = createHarness();
    const { id } = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    expect(await h.call(K.abandonObjective, { objectiveId: id, version: 1 }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call(K.abandonObjective, { objectiveId: id, version: 7 }, ADA.accountId)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await h.data(K.abandonObjective, { objectiveId: id, version: 1 }, ADA.accountId)).toEqual({
      id,
      version: 2,
    });
    expect((await h.repos.objectives.get(id))?.state).toBe('abandoned');
  });
});
