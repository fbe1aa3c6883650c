import { collectAll } from '../../src/store/page';
import { createKrTouchRepository } from '../../src/store/kr-touch-repository';
import { freshKvs } from './builders';

describe('KR touch repository', () => {
  test("lists a KR's touches strictly after an instant, oldest first, across pages", async () => {
    const repo = createKrTouchRepository(freshKvs());
    const touches = Array.from({ length: 60 }, (_, i) => ({
      keyResultId: i % 2 === 0 ? 'kr-a' : 'kr-b',
      issueId: String(10000 + i),
      rank: 500 + i,
      at: new Date(Date.UTC(2026, 9, 1, 9, 0, i)).toISOString(),
    }));
    await repo.addMany(touches);
    const after = new Date(Date.UTC(2026, 9, 1, 9, 0, 10)).toISOString();
    const listed = await collectAll((page) => repo.listSince('kr-a', after, page), { limit: 7 });
    expect(listed.map((t) => t.issueId)).toEqual(
      touches.filter((t, i) => t.keyResultId === 'kr-a' && i > 10).map((t) => t.issueId),
    );
  });

  test('a duplicate touch is the same row', async () => {
    const repo = createKrTouchRepository(freshKvs());
    const touch = { keyResultId: 'kr-a', issueId: '10001', rank: 9, at: '2026-10-01T09:00:00.000Z' };
    await repo.addMany([touch, touch]);
    await repo.addMany([touch]);
    expect((await repo.listSince('kr-a', '2026-01-01T00:00:00Z')).items).toEqual([touch]);
  });
});
