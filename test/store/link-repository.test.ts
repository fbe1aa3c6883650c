import { AlreadyLinkedError } from '../../src/store/errors';
import { createLinkRepository, linkId, type NewLink } from '../../src/store/link-repository';
import { collectAll } from '../../src/store/page';
import type { Target } from '../../src/domain';
import { expectOk, freshKvs } from './builders';

const epic: Target = { kind: 'epic', issueId: '10001' };
const newLink = (keyResultId: string, target: Target): NewLink => ({
  keyResultId,
  target,
  createdBy: 'user-1',
  createdAt: '2026-10-01T09:00:00Z',
});

describe('link repository', () => {
  test('an epic feeding two KRs is found from the epic and from each KR', async () => {
    const links = createLinkRepository(freshKvs());
    expectOk(await links.add(newLink('kr-1', epic)));
    expectOk(await links.add(newLink('kr-2', epic)));
    expectOk(await links.add(newLink('kr-1', { kind: 'project', projectId: '10000' })));
    const fed = await links.listByTarget(epic);
    expect(fed.items.map((link) => link.keyResultId)).toEqual(['kr-1', 'kr-2']);
    const ofKr = await links.listByKeyResult('kr-1');
    expect(ofKr.items.map((link) => link.target.kind)).toEqual(['epic', 'project']);
    const epics = await links.listByTargetKind('epic');
    expect(epics.items).toHaveLength(2);
    expect(await links.get('kr-2', epic)).toEqual({ ...newLink('kr-2', epic), id: linkId('kr-2', epic) });
  });

  test('linking twice is a returned AlreadyLinkedError, and the first link stays', async () => {
    const links = createLinkRepository(freshKvs());
    expectOk(await links.add(newLink('kr-1', epic)));
    const [again, concurrent] = await Promise.all([
      links.add({ ...newLink('kr-1', epic), createdBy: 'user-2' }),
      links.add({ ...newLink('kr-1', epic), createdBy: 'user-3' }),
    ]);
    for (const outcome of [again, concurrent]) {
      expect(!outcome.ok && outcome.error).toBeInstanceOf(AlreadyLinkedError);
      expect(!outcome.ok && outcome.error.code).toBe('ALREADY_LINKED');
    }
    expect((await links.get('kr-1', epic))?.createdBy).toBe('user-1');
  });

  test('a long JQL scope is indexed by digest and found again', async () => {
    const links = createLinkRepository(freshKvs());
    const jql: Target = { kind: 'jql', jql: `project = OKR AND labels in (${'"x", '.repeat(300)}"y") ORDER BY rank` };
    expectOk(await links.add(newLink('kr-1', jql)));
    expect((await links.listByTarget(jql)).items).toHaveLength(1);
    expect((await links.listByTarget({ kind: 'jql', jql: 'project = OTHER' })).items).toHaveLength(0);
  });

  test('remove is idempotent; pages follow cursors', async () => {
    const links = createLinkRepository(freshKvs());
    for (let i = 0; i < 23; i += 1) expectOk(await links.add(newLink(`kr-${String(i).padStart(2, '0')}`, epic)));
    expect(await collectAll((page) => links.listByTarget(epic, page), { limit: 10 })).toHaveLength(23);
    await links.remove('kr-00', epic);
    await links.remove('kr-00', epic);
    expect(await links.get('kr-00', epic)).toBeUndefined();
  });
});
