import type { KeyResult } from '../../../src/domain';
import { carryOverKeyResult } from '../../../src/usecases/period-close/carry-over-key-result';
import { closePeriod } from '../../../src/usecases/period-close/close-period';
import { collectAll } from '../../../src/store';
import { ADA, metric, OLGA, OTTO, periodCloseFixture, type Fixture } from './fixture';

async function copyOf(f: Fixture, answer: { ok: boolean; value?: { id: string } }): Promise<KeyResult> {
  if (!answer.ok || !answer.value) throw new Error(`carry-over failed: ${JSON.stringify(answer)}`);
  const copy = await f.services.repos.keyResults.get(answer.value.id);
  if (!copy) throw new Error('no copy stored');
  return copy;
}

describe('carrying an unfinished key result into the next quarter', () => {
  test('a Jira count KR: same targets with a period baseline, linked to the original, links indexed, recompute queued', async () => {
    const f = periodCloseFixture();
    await f.objective('o', { description: 'Why checkout matters', checkInCadenceDays: 7 });
    const target = { kind: 'epic' as const, issueId: f.epicId };
    const original = await f.keyResult('kr', 'o', {
      title: 'Checkout epic done',
      kind: 'aspirational',
      weight: 2,
      source: { type: 'jira', measure: 'count', targets: [target], includeSubtasks: false },
    });
    await f.progress('kr', 0.75); // 3 of 4 stories done

    const copy = await copyOf(f, await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr' }));

    expect(copy).toMatchObject({
      title: 'Checkout epic done',
      kind: 'aspirational',
      weight: 2,
      ownerIds: [OLGA],
      periodId: '2027-Q1',
      carriedFrom: 'kr',
      source: original.source,
      baseline: { mode: 'period' },
      version: 1,
    });
    expect(copy.grade).toBeUndefined();
    // The continuation of the original's objective, created in 2027-Q1 with the same title, team, owners, cadence.
    expect(await f.services.repos.objectives.get(copy.objectiveId)).toMatchObject({
      title: 'Objective o',
      description: 'Why checkout matters',
      periodId: '2027-Q1',
      level: 'team',
      team: 'Payments',
      ownerIds: [OLGA],
      state: 'active',
      carriedFrom: 'o',
      checkInCadenceDays: 7,
    });
    expect(await f.services.repos.links.get(copy.id, target)).toMatchObject({ keyResultId: copy.id, createdBy: OLGA });
    expect(f.queued()).toEqual([copy.id]);
    // The original is untouched.
    expect(await f.services.repos.keyResults.get('kr')).toEqual(original);
  });

  test('a points KR keeps its targets without a baseline; a metric starts where the original stands; a checklist keeps the undone items', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    const target = { kind: 'epic' as const, issueId: f.epicId };
    await f.keyResult('points', 'o', {
      source: { type: 'jira', measure: 'points', targets: [target], includeSubtasks: true },
    });
    await f.keyResult('nps', 'o', {
      source: { type: 'metric', start: 20, target: 40, current: 32, direction: 'increase', unit: 'NPS' },
    });
    await f.keyResult('list', 'o', {
      source: {
        type: 'milestones',
        items: [
          { id: 'm1', title: 'Design', done: true },
          { id: 'm2', title: 'Build', done: false },
          { id: 'm3', title: 'Release 2.0', done: false, versionId: '10042' },
        ],
      },
    });
    await f.progress('points', 0.4);

    const points = await copyOf(f, await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'points' }));
    const nps = await copyOf(f, await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'nps' }));
    const list = await copyOf(f, await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'list' }));

    expect(points.source).toEqual({ type: 'jira', measure: 'points', targets: [target], includeSubtasks: true });
    expect(points.baseline).toBeUndefined();
    expect(nps.source).toEqual({
      type: 'metric',
      start: 32,
      target: 40,
      current: 32,
      direction: 'increase',
      unit: 'NPS',
    });
    expect(list.source).toEqual({
      type: 'milestones',
      items: [
        { id: 'm2', title: 'Build', done: false },
        { id: 'm3', title: 'Release 2.0', done: false, versionId: '10042' },
      ],
    });
    // All three went into one continuation objective.
    expect(new Set([points.objectiveId, nps.objectiveId, list.objectiveId]).size).toBe(1);
    const next = await collectAll((page) => f.services.repos.objectives.listByPeriod('2027-Q1', page));
    expect(next).toHaveLength(1);
  });

  test('into a named objective of the next quarter; the parent is kept only when it is in that quarter', async () => {
    const f = periodCloseFixture();
    await f.objective('company-q4', { level: 'company' });
    await f.objective('o', { parent: { objectiveId: 'company-q4', contributionWeight: 1 } });
    await f.objective('q1', { periodId: '2027-Q1', title: 'Checkout, part two' });
    await f.keyResult('kr', 'o');
    await f.keyResult('kr2', 'o', { source: metric(0, 10, 2) });

    const named = await copyOf(
      f,
      await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr', toObjectiveId: 'q1' }),
    );
    expect(named.objectiveId).toBe('q1');

    const continued = await copyOf(f, await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr2' }));
    const continuation = await f.services.repos.objectives.get(continued.objectiveId);
    expect(continuation?.carriedFrom).toBe('o');
    expect(continuation?.parent).toBeUndefined();
  });

  test('refusals change nothing', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    await f.objective('other-q4', { title: 'Also Q4' });
    await f.objective('theirs', { periodId: '2027-Q1', ownerIds: [OTTO] });
    await f.objective('annual', { periodId: '2026' });
    await f.keyResult('kr', 'o');
    await f.keyResult('done', 'o', { source: metric(0, 10, 10) });
    await f.keyResult('yearly', 'annual');
    const before = await collectAll((page) => f.services.repos.keyResults.listByPeriod('2027-Q1', page));

    const carry = (accountId: string, keyResultId: string, toObjectiveId?: string) =>
      carryOverKeyResult(f.services, f.as(accountId), { keyResultId, ...(toObjectiveId ? { toObjectiveId } : {}) });
    expect(await carry(OTTO, 'kr')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await carry(OLGA, 'done')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'keyResultId', message: expect.stringContaining('is done') }] },
    });
    expect(await carry(OLGA, 'yearly')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'keyResultId' }] },
    });
    expect(await carry(OLGA, 'kr', 'other-q4')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'toObjectiveId', message: expect.stringContaining('2027-Q1') }] },
    });
    expect(await carry(OLGA, 'kr', 'theirs')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await carry(OLGA, 'missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await collectAll((page) => f.services.repos.keyResults.listByPeriod('2027-Q1', page))).toEqual(before);
    expect(f.queued()).toEqual([]);
  });

  test('carrying the same KR twice answers ALREADY_LINKED naming the copy', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    await f.keyResult('kr', 'o', { title: 'Refunds in two days' });
    const first = await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr' });
    expect(first.ok).toBe(true);

    const again = await carryOverKeyResult(f.services, f.as(ADA), { keyResultId: 'kr' });

    expect(again).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_LINKED', message: expect.stringContaining('already carried over into 2027-Q1') },
    });
    expect(await collectAll((page) => f.services.repos.keyResults.listByPeriod('2027-Q1', page))).toHaveLength(1);
  });

  test('nothing is carried into a closed quarter (PERIOD_CLOSED)', async () => {
    const f = periodCloseFixture();
    await f.objective('o');
    await f.keyResult('kr', 'o');
    expect(await closePeriod(f.services, f.as(ADA), { periodId: '2027-Q1' })).toMatchObject({ ok: true });

    expect(await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'kr' })).toMatchObject({
      ok: false,
      error: { code: 'PERIOD_CLOSED', message: expect.stringContaining('2027-Q1') },
    });
  });
});
