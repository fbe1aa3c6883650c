import { ForgeKvsAPIError, WhereConditions } from '@forge/kvs';
import { createEmulatedKvs } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { Kvs } from '../../../src/platform';

const ENTITIES = [{ name: 'thing', attributes: { n: { type: 'integer' as const } } }];

async function collect(kvs: Kvs, prefix: string, limit: number): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<number>();
    pages += 1;
    keys.push(...page.results.map((result) => result.key));
    cursor = page.nextCursor;
  } while (cursor);
  return { keys, pages };
}

describe('emulated kvs: key-prefix queries', () => {
  let kvs: Kvs;
  beforeEach(async () => {
    kvs = createEmulatedKvs({ entities: ENTITIES, clock: createManualClock() });
    for (let i = 0; i < 45; i += 1) await kvs.set(`item:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 1);
    await kvs.setSecret('item:secret', 'hidden');
    await kvs.entity('thing').set('item:entity', { n: 1 });
  });

  test('pages through a prefix in key order, without secrets or entities', async () => {
    const { keys, pages } = await collect(kvs, 'item:', 20);
    expect(keys).toEqual(Array.from({ length: 45 }, (_, i) => `item:${String(i).padStart(2, '0')}`));
    expect(pages).toBe(3);
  });

  test('a full last page has no cursor', async () => {
    const { pages } = await collect(kvs, 'item:1', 10);
    expect(pages).toBe(1);
  });

  test('default page size is 10, the maximum 20', async () => {
    const page = await kvs.query().where('key', WhereConditions.beginsWith('item:')).getMany();
    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toBeDefined();
    const error = await kvs
      .query()
      .limit(21)
      .getMany()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect((error as ForgeKvsAPIError).code).toBe('INVALID_LIMIT');
  });

  test('getOne returns the first match; no where iterates everything', async () => {
    expect(await kvs.query().where('key', WhereConditions.beginsWith('other:')).getOne()).toEqual({
      key: 'other:1',
      value: 1,
    });
    expect(await kvs.query().where('key', WhereConditions.beginsWith('none:')).getOne()).toBeUndefined();
    const all = await kvs.query().limit(20).getMany();
    expect(all.results[0]?.key).toBe('item:00');
  });

  test('a foreign cursor is refused', async () => {
    const error = await kvs
      .query()
      .cursor('not-a-cursor')
      .getMany()
      .catch((caught: unknown) => caught);
    expect((error as ForgeKvsAPIError).code).toBe('INVALID_CURSOR');
  });
});
