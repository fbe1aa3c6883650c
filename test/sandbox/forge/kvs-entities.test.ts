import { Filter, FilterConditions, ForgeKvsAPIError, Sort, WhereConditions } from '@forge/kvs';
import { createEmulatedKvs } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { Kvs } from '../../../src/platform';
import type { EntityDefinition } from '../../../src/store/entity-definition';

interface Task {
  project: string;
  status?: string;
  rank?: number;
  done?: boolean;
  data?: unknown;
}

const TASK: EntityDefinition = {
  name: 'task',
  attributes: {
    project: { type: 'string' },
    status: { type: 'string' },
    rank: { type: 'integer' },
    done: { type: 'boolean' },
    data: { type: 'any' },
  },
  indexes: ['rank', { name: 'by-project', partition: ['project'], range: ['rank'] }],
};

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return (error as ForgeKvsAPIError).code;
};

describe('emulated kvs: custom entity definitions', () => {
  const make = (entity: EntityDefinition) => () => createEmulatedKvs({ entities: [entity] });
  test.each([
    ['a short name', { ...TASK, name: 'ab' }],
    ['a long name', { ...TASK, name: 'a'.repeat(61) }],
    ['upper case', { ...TASK, name: 'Task' }],
    ['no attributes', { name: 'empty', attributes: {} }],
    ['a bad attribute name', { name: 'bad', attributes: { '1x': { type: 'string' } } }],
    ['an index on an unknown attribute', { ...TASK, indexes: ['nope'] }],
    ['the reserved index name', { ...TASK, indexes: [{ name: 'by-key', range: ['rank'] }] }],
    ['an index on an untyped attribute', { ...TASK, indexes: ['data'] }],
    ['too many indexes', { ...TASK, indexes: ['rank', 'status', 'project', 'done', 'a-1', 'a-2', 'a-3', 'a-4'] }],
  ] as Array<[string, EntityDefinition]>)('refuses %s', (_, entity) => {
    expect(make(entity)).toThrow(/Entity '/);
  });

  test('accepts names of 3 and 60 characters', () => {
    expect(make({ ...TASK, name: 'abc' })).not.toThrow();
    expect(make({ ...TASK, name: 'a'.repeat(60) })).not.toThrow();
  });
});

describe('emulated kvs: custom entities', () => {
  let kvs: Kvs;
  beforeEach(() => {
    kvs = createEmulatedKvs({ entities: [TASK], clock: createManualClock() });
  });

  test('get/set/delete by key, apart from plain keys', async () => {
    const tasks = kvs.entity<Task>('task');
    await tasks.set('t1', { project: 'P', rank: 1, data: { nested: [1, { deep: true }] } });
    expect(await tasks.get('t1')).toEqual({ project: 'P', rank: 1, data: { nested: [1, { deep: true }] } });
    expect(await kvs.get('t1')).toBeUndefined();
    await tasks.delete('t1');
    expect(await tasks.get('t1')).toBeUndefined();
  });

  test('values are checked against the declared attributes', async () => {
    const tasks = kvs.entity<Record<string, unknown>>('task');
    expect(await codeOf(tasks.set('t', { project: 1 }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(tasks.set('t', { project: 'P', rank: 1.5 }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(tasks.set('t', { project: 'P', rank: 2 ** 31 }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(tasks.set('t', { project: 'P', undeclared: 1 }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(tasks.set('t', ['not', 'an', 'object'] as unknown as Record<string, unknown>))).toBe(
      'INVALID_ENTITY_VALUE',
    );
    expect(await codeOf(kvs.entity('nope').get('t'))).toBe('UNKNOWN_ENTITY');
    expect(await codeOf(kvs.entity('no').get('t'))).toBe('ENTITY_TYPE_TOO_SHORT');
    await tasks.set('t', { project: 'P', rank: -(2 ** 31), done: false, data: null });
  });

  describe('index queries', () => {
    beforeEach(async () => {
      const tasks = kvs.entity<Task>('task');
      for (let i = 0; i < 30; i += 1) {
        await tasks.set(`a-${i}`, { project: 'A', rank: 29 - i, status: i % 3 === 0 ? 'done' : 'open' });
      }
      await tasks.set('b-1', { project: 'B', rank: 5 });
      await tasks.set('unranked', { project: 'A' }); // not in by-project: no range value
    });

    const byProject = (project: string) =>
      kvs
        .entity<Task>('task')
        .query()
        .index('by-project', { partition: [project] });

    test('partition equality, range order, paging with cursors', async () => {
      const ranks: number[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        let query = byProject('A').limit(12);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        ranks.push(...page.results.map((result) => result.value.rank as number));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      expect(ranks).toEqual(Array.from({ length: 30 }, (_, i) => i));
      expect(pages).toBe(3);
    });

    test('range conditions and descending sort', async () => {
      const between = await byProject('A').where(WhereConditions.between(10, 12)).getMany();
      expect(between.results.map((r) => r.value.rank)).toEqual([10, 11, 12]);
      const top = await byProject('A').where(WhereConditions.greaterThan(26)).sort(Sort.DESC).getMany();
      expect(top.results.map((r) => r.value.rank)).toEqual([29, 28, 27]);
      expect((await byProject('A').sort(Sort.DESC).getOne())?.value.rank).toBe(29);
      expect((await byProject('B').getMany()).results.map((r) => r.key)).toEqual(['b-1']);
    });

    test('an index without partition spans all items', async () => {
      const page = await kvs.entity<Task>('task').query().index('rank').where(WhereConditions.equalTo(5)).getMany();
      expect(page.results.map((r) => r.key).sort()).toEqual(['a-24', 'b-1']);
    });

    test('filters apply after a page is read: short pages still carry a cursor', async () => {
      const done: string[] = [];
      let cursor: string | undefined;
      do {
        let query = byProject('A')
          .filters(new Filter<Task>().and('status', FilterConditions.equalTo('done')))
          .limit(10);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        expect(page.results.length).toBeLessThanOrEqual(10);
        done.push(...page.results.map((r) => r.key));
        cursor = page.nextCursor;
      } while (cursor);
      expect(done).toHaveLength(10);
      const either = await byProject('A')
        .filters(new Filter<Task>().or('rank', FilterConditions.equalTo(0)).or('rank', FilterConditions.equalTo(1)))
        .getMany();
      expect(either.results.map((r) => r.value.rank)).toEqual([0, 1]);
    });

    test('wrong partitions, unknown indexes and oversized pages are refused', async () => {
      expect(await codeOf(kvs.entity('task').query().index('by-project').getMany())).toBe('INVALID_QUERY');
      expect(await codeOf(byProject('A').limit(101).getMany())).toBe('INVALID_LIMIT');
      expect(
        await codeOf(
          kvs
            .entity('task')
            .query()
            .index('by-project', { partition: [1] })
            .getMany(),
        ),
      ).toBe('INVALID_QUERY');
      expect(await codeOf(kvs.entity('task').query().index('nope').getMany())).toBe('UNKNOWN_INDEX');
      const typo = new Filter<Record<string, unknown>>().and('stauts', FilterConditions.equalTo('done'));
      expect(await codeOf(kvs.entity('task').query().index('rank').filters(typo).getMany())).toBe('INVALID_QUERY');
      const page = await byProject('A').getMany();
      expect(
        await codeOf(
          byProject('B')
            .cursor(page.nextCursor as string)
            .getMany(),
        ),
      ).toBe('INVALID_CURSOR');
    });

    test('results are copies', async () => {
      const first = await byProject('B').getOne();
      if (first) first.value.rank = 999;
      expect((await kvs.entity<Task>('task').get('b-1'))?.rank).toBe(5);
    });
  });
});
