import { ConflictError } from '../../src/store/errors';
import { createObjectiveRepository } from '../../src/store/objective-repository';
import { collectAll } from '../../src/store/page';
import { anObjective, expectOk, freshKvs } from './builders';

describe('objective repository', () => {
  const setup = () => createObjectiveRepository(freshKvs());

  test('create stores version 1; get reads it back', async () => {
    const objectives = setup();
    const created = expectOk(await objectives.create(anObjective()));
    expect(created.version).toBe(1);
    expect(await objectives.get('obj-1')).toEqual(created);
    expect(await objectives.get('nope')).toBeUndefined();
  });

  test('creating an existing id is a returned conflict', async () => {
    const objectives = setup();
    await objectives.create(anObjective());
    const again = await objectives.create(anObjective({ title: 'Other' }));
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error).toBeInstanceOf(ConflictError);
      expect(again.error.code).toBe('CONFLICT');
      expect(again.error.reason).toBe('exists');
    }
    expect((await objectives.get('obj-1'))?.title).toBe('Customers love onboarding');
  });

  test('update names the version it read and stores the next', async () => {
    const objectives = setup();
    const created = expectOk(await objectives.create(anObjective()));
    const updated = expectOk(await objectives.update({ ...created, title: 'Renamed' }));
    expect(updated.version).toBe(2);
    expect(await objectives.get('obj-1')).toEqual(updated);
  });

  test('two writers of one version: one wins, the other gets a ConflictError', async () => {
    const objectives = setup();
    const read = expectOk(await objectives.create(anObjective()));
    const [first, second] = await Promise.all([
      objectives.update({ ...read, title: 'Writer A' }),
      objectives.update({ ...read, title: 'Writer B' }),
    ]);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error).toMatchObject({ code: 'CONFLICT', reason: 'stale', expectedVersion: 1, actualVersion: 2 });
    }
    expect(await objectives.get('obj-1')).toMatchObject({ title: 'Writer A', version: 2 });
  });

  test('updating or deleting a deleted objective conflicts as missing', async () => {
    const objectives = setup();
    const created = expectOk(await objectives.create(anObjective()));
    expect((await objectives.delete('obj-1', 7)).ok).toBe(false);
    expectOk(await objectives.delete('obj-1', created.version));
    expect(await objectives.get('obj-1')).toBeUndefined();
    const update = await objectives.update(created);
    expect(!update.ok && update.error.reason).toBe('missing');
  });

  test('an invalid objective is refused before it is written', async () => {
    const objectives = setup();
    await expect(objectives.create(anObjective({ ownerIds: [] }))).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await objectives.get('obj-1')).toBeUndefined();
  });

  test('by period (all levels or one), by parent, by team, with paging', async () => {
    const objectives = setup();
    for (let i = 0; i < 25; i += 1) {
      await objectives.create(
        anObjective({
          id: `o-${String(i).padStart(2, '0')}`,
          level: i % 5 === 0 ? 'company' : 'team',
          team: i % 2 === 0 ? 'Platform' : 'Growth',
          ...(i > 0 ? { parent: { objectiveId: 'o-00', contributionWeight: 1 } } : {}),
        }),
      );
    }
    await objectives.create(anObjective({ id: 'q1', periodId: '2027-Q1', team: 'Platform' }));

    const firstPage = await objectives.listByPeriod('2026-Q4', { limit: 10 });
    expect(firstPage.items).toHaveLength(10);
    expect(firstPage.nextCursor).toBeDefined();
    const all = await collectAll((page) => objectives.listByPeriod('2026-Q4', page), { limit: 10 });
    expect(all).toHaveLength(25);
    const companies = await objectives.listByPeriod('2026-Q4', { level: 'company' });
    expect(companies.items.map((o) => o.id).sort()).toEqual(['o-00', 'o-05', 'o-10', 'o-15', 'o-20']);
    expect(await collectAll((page) => objectives.listChildren('o-00', page))).toHaveLength(24);
    expect((await collectAll((page) => objectives.listByTeam('Platform', page))).length).toBe(14);
    const platformQ1 = await objectives.listByTeam('Platform', { periodId: '2027-Q1' });
    expect(platformQ1.items.map((o) => o.id)).toEqual(['q1']);
  });
});
