import { createIssueHistoryRepository, type IssueHistory } from '../../src/store/issue-history-repository';
import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../sandbox/forge/manual-clock';
import { ENTITIES } from '../../src/store/entities';
import { expectOk, freshKvs } from './builders';

const history = (overrides: Partial<IssueHistory> = {}): IssueHistory => ({
  id: '10001',
  version: 0,
  createdAt: '2026-10-01T09:00:00.000Z',
  observed: {
    rank: 7,
    state: { parentId: '10000', projectId: '100', versionIds: [], level: 0, statusCategory: 'new', points: 3 },
  },
  changes: [
    {
      field: 'status',
      rank: 8,
      at: '2026-10-02T09:00:00.000Z',
      fromId: '1',
      toId: '3',
      from: 'new',
      to: 'indeterminate',
    },
  ],
  ...overrides,
});

describe('issue history repository', () => {
  test('creates at version 1, then writes only over the version it read', async () => {
    const repo = createIssueHistoryRepository(freshKvs());
    const created = expectOk(await repo.save(history()));
    expect(created.version).toBe(1);
    const updated = expectOk(await repo.save({ ...created, deletedAt: '2026-10-03T00:00:00.000Z' }));
    expect(updated.version).toBe(2);
    expect(await repo.get('10001')).toEqual(updated);
  });

  test('the loser of a race gets a conflict it can merge again from', async () => {
    const repo = createIssueHistoryRepository(freshKvs());
    const first = expectOk(await repo.save(history()));
    expectOk(await repo.save(first));
    const lost = await repo.save(first);
    expect(lost.ok).toBe(false);
    if (!lost.ok)
      expect(lost.error).toMatchObject({ code: 'CONFLICT', reason: 'stale', expectedVersion: 1, actualVersion: 2 });
    const created = await repo.save(history());
    expect(created.ok === false && created.error.reason).toBe('exists');
  });

  test('getMany reads in batches and leaves out absent issues', async () => {
    const repo = createIssueHistoryRepository(freshKvs());
    for (let i = 0; i < 30; i += 1) expectOk(await repo.save(history({ id: String(20000 + i) })));
    const found = await repo.getMany([...Array.from({ length: 30 }, (_, i) => String(20000 + i)), '99999']);
    expect(found.size).toBe(30);
    expect(found.get('20029')?.id).toBe('20029');
  });

  test('records expire after their time to live, renewed by every write', async () => {
    const clock = createManualClock('2026-10-01T00:00:00Z');
    const repo = createIssueHistoryRepository(createEmulatedKvs({ entities: ENTITIES, clock }));
    const saved = expectOk(await repo.save(history()));
    clock.advance(7 * 86_400_000);
    expectOk(await repo.save(saved));
    clock.advance(7 * 86_400_000);
    expect(await repo.get('10001')).toBeDefined();
    clock.advance(2 * 86_400_000);
    expect(await repo.get('10001')).toBeUndefined();
  });

  test('refuses a record that is not a history', async () => {
    const repo = createIssueHistoryRepository(freshKvs());
    await expect(repo.save(history({ id: 'ABC-1' }))).rejects.toThrow(/invalid issue-history/);
  });
});
