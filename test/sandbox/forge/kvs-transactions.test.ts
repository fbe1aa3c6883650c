import { Filter, FilterConditions, ForgeKvsAPIError, ForgeKvsError } from '@forge/kvs';
import { createEmulatedKvs } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { Kvs } from '../../../src/platform';

interface Doc {
  version: number;
  title?: string;
}

const DOC = { name: 'doc', attributes: { version: { type: 'integer' as const }, title: { type: 'string' as const } } };
const atVersion = (version: number) => new Filter<Doc>().and('version', FilterConditions.equalTo(version));

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return error as ForgeKvsAPIError;
};

describe('emulated kvs: transactions', () => {
  let kvs: Kvs;
  beforeEach(async () => {
    kvs = createEmulatedKvs({ entities: [DOC], clock: createManualClock() });
    await kvs.entity<Doc>('doc').set('d1', { version: 1, title: 'one' });
    await kvs.entity<Doc>('doc').set('d2', { version: 1, title: 'two' });
  });

  test('sets, deletes and checks apply together when every condition holds', async () => {
    await kvs
      .transact()
      .set<Doc>('d1', { version: 2, title: 'one!' }, { entityName: 'doc', conditions: atVersion(1) })
      .delete('d2', { entityName: 'doc', conditions: atVersion(1) })
      .set('plain-key', { any: 'json' })
      .execute();
    expect(await kvs.entity('doc').get('d1')).toEqual({ version: 2, title: 'one!' });
    expect(await kvs.entity('doc').get('d2')).toBeUndefined();
    expect(await kvs.get('plain-key')).toEqual({ any: 'json' });
  });

  test('one failed condition cancels everything, as ForgeKvsAPIError 409', async () => {
    const error = await failure(
      kvs
        .transact()
        .set<Doc>('d1', { version: 2 }, { entityName: 'doc', conditions: atVersion(1) })
        .set('plain-key', 1)
        .check('d2', { entityName: 'doc', conditions: atVersion(7) })
        .execute(),
    );
    expect(error.code).toBe('CONDITION_FAILED');
    expect(error.responseDetails.status).toBe(409);
    expect(error.message).toContain("'d2'");
    expect(await kvs.entity('doc').get('d1')).toEqual({ version: 1, title: 'one' });
    expect(await kvs.get('plain-key')).toBeUndefined();
  });

  test('two writers on one version: the second loses', async () => {
    const write = (title: string) =>
      kvs
        .transact()
        .set<Doc>('d1', { version: 2, title }, { entityName: 'doc', conditions: atVersion(1) })
        .execute();
    const outcomes = await Promise.allSettled([write('A'), write('B')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    expect(await kvs.entity('doc').get('d1')).toEqual({ version: 2, title: 'A' });
  });

  test('a condition on a missing item sees no attributes', async () => {
    const absent = new Filter<Doc>().and('version', FilterConditions.notExists());
    await kvs.transact().set<Doc>('d9', { version: 1 }, { entityName: 'doc', conditions: absent }).execute();
    await failure(kvs.transact().set<Doc>('d9', { version: 1 }, { entityName: 'doc', conditions: absent }).execute());
  });

  test('invalid items fail the whole transaction before anything is written', async () => {
    const error = await failure(kvs.transact().set('ok', 1).set('bad/key', 2).execute());
    expect(error.code).toBe('INVALID_KEY');
    expect(await kvs.get('ok')).toBeUndefined();
    const typed = await failure(kvs.transact().set('d1', { version: 'x' }, { entityName: 'doc' }).execute());
    expect(typed.code).toBe('INVALID_ENTITY_VALUE');
  });

  test('limits: 25 operations, each key once, conditions only on entities', async () => {
    const full = kvs.transact();
    for (let i = 0; i < 25; i += 1) full.set(`k${i}`, i);
    await full.execute();
    const over = kvs.transact();
    for (let i = 0; i < 26; i += 1) over.set(`k${i}`, i);
    expect((await failure(over.execute())).code).toBe('INVALID_TRANSACTION');
    expect((await failure(kvs.transact().set('k1', 1).delete('k1').execute())).code).toBe('INVALID_TRANSACTION');
    // One key name in two key spaces is two keys.
    await kvs.transact().set('d1', 1).set('d1', { version: 5 }, { entityName: 'doc' }).execute();
    expect((await failure(kvs.transact().execute())).code).toBe('INVALID_TRANSACTION');
  });

  test('a condition on an undeclared attribute is an error, not a silent mismatch', async () => {
    const typo = new Filter<Record<string, unknown>>().and('verison', FilterConditions.equalTo(1));
    const error = await failure(kvs.transact().check('d1', { entityName: 'doc', conditions: typo }).execute());
    expect(error.code).toBe('INVALID_QUERY');
  });

  test('the client itself refuses an empty condition builder', async () => {
    await expect(
      kvs.transact().check('d1', { entityName: 'doc', conditions: new Filter<Doc>() }).execute(),
    ).rejects.toBeInstanceOf(ForgeKvsError);
  });
});
