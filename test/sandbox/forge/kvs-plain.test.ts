import { ForgeKvsAPIError, MetadataField } from '@forge/kvs';
import { createEmulatedKvs, createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { Kvs } from '../../../src/platform';

const apiError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return error as ForgeKvsAPIError;
};

describe('emulated kvs: plain keys and secrets', () => {
  const clock = createManualClock();
  let kvs: Kvs;
  beforeEach(() => {
    kvs = createEmulatedKvs({ entities: [], clock });
  });

  test('get/set/delete round-trip JSON values; a missing key reads as undefined', async () => {
    await kvs.set('settings', { fiscalYearStartMonth: 4, flags: [true, null] });
    expect(await kvs.get('settings')).toEqual({ fiscalYearStartMonth: 4, flags: [true, null] });
    await kvs.delete('settings');
    expect(await kvs.get('settings')).toBeUndefined();
    await expect(kvs.delete('never-set')).resolves.toBeUndefined();
  });

  test('values are copied on write and on read: no aliasing', async () => {
    const value = { list: [1] };
    await kvs.set('k', value);
    value.list.push(2);
    const first = await kvs.get<{ list: number[] }>('k');
    first?.list.push(3);
    expect(await kvs.get('k')).toEqual({ list: [1] });
  });

  test('values travel as JSON: Dates become strings, undefined fields vanish', async () => {
    await kvs.set('k', { at: new Date('2026-02-03T04:05:06.000Z'), gone: undefined });
    expect(await kvs.get('k')).toEqual({ at: '2026-02-03T04:05:06.000Z' });
  });

  test('keys: up to 500 characters of the documented alphabet', async () => {
    await kvs.set('a'.repeat(500), 1);
    expect((await apiError(kvs.set('a'.repeat(501), 1))).code).toBe('KEY_TOO_LONG');
    expect((await apiError(kvs.get('a'.repeat(501)))).code).toBe('KEY_TOO_LONG');
    expect((await apiError(kvs.set('', 1))).code).toBe('KEY_TOO_SHORT');
    expect((await apiError(kvs.set('bad/key', 1))).code).toBe('INVALID_KEY');
    expect((await apiError(kvs.set('   ', 1))).code).toBe('INVALID_KEY');
    await kvs.set('ok:key.with_all-#chars 1', 1);
  });

  test('values: at most 240 KiB of JSON and 31 levels deep', async () => {
    const fits = 'x'.repeat(240 * 1024 - 2); // the JSON string adds two quotes
    await kvs.set('big', fits);
    const tooBig = await apiError(kvs.set('big', `${fits}x`));
    expect(tooBig.code).toBe('MAX_SIZE');
    expect(tooBig.responseDetails.status).toBe(400);
    expect(await kvs.get('big')).toBe(fits);

    const nest = (depth: number): unknown => (depth === 0 ? 1 : { a: nest(depth - 1) });
    await kvs.set('deep', nest(31));
    expect((await apiError(kvs.set('deep', nest(32)))).code).toBe('MAX_DEPTH');
  });

  test('secrets are a separate key space', async () => {
    await kvs.setSecret('token', 's3cret');
    await kvs.set('token', 'plain');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBe('plain');
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect(await kvs.get('token')).toBe('plain');
  });

  test('keyPolicy FAIL_IF_EXISTS refuses an existing key with HTTP 409', async () => {
    await kvs.set('lock', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    const conflict = await apiError(kvs.set('lock', 2, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(conflict.responseDetails.status).toBe(409);
    expect(conflict.code).toBe('KEY_CONFLICT');
    expect(await kvs.get('lock')).toBe(1);
  });

  test('returnValue PREVIOUS and LATEST', async () => {
    const options = { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' } as const;
    expect(await kvs.set('k', 1, options)).toBeUndefined();
    expect(await kvs.set('k', 2, options)).toEqual({ key: 'k', value: 1 });
    expect(await kvs.set('k', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'k', value: 3 });
  });

  test('ttl expires on the clock; metadata on request', async () => {
    const start = clock.now().getTime();
    await kvs.set('session', 'x', { ttl: { value: 2, unit: 'MINUTES' } });
    const read = await kvs.get('session', {
      metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME],
    });
    expect(read).toEqual({
      key: 'session',
      value: 'x',
      createdAt: start,
      updatedAt: start,
      expireTime: new Date(start + 120_000).toISOString(),
    });
    clock.advance(119_999);
    expect(await kvs.get('session')).toBe('x');
    clock.advance(1);
    expect(await kvs.get('session')).toBeUndefined();
    expect((await apiError(kvs.set('k', 1, { ttl: { value: 0, unit: 'DAYS' } }))).code).toBe('INVALID_TTL');
  });

  test('batch operations report per item', async () => {
    const result = await kvs.batchSet([
      { key: 'a', value: 1 },
      { key: 'bad/key', value: 2 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'a' }]);
    expect(result.failedKeys).toEqual([
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
    ]);
    const got = await kvs.batchGet([{ key: 'a' }, { key: 'missing' }]);
    expect(got.successfulKeys).toEqual([expect.objectContaining({ key: 'a', value: 1 })]);
    expect(got.failedKeys).toEqual([{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
    await kvs.batchDelete([{ key: 'a' }]);
    expect(await kvs.get('a')).toBeUndefined();
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }));
    await apiError(kvs.batchSet(tooMany));
  });

  test('the emulator counts requests by service path, for tests and benchmarks', async () => {
    const emulator = createKvsEmulator({ entities: [], clock });
    await emulator.kvs.set('k', 1);
    await emulator.kvs.get('k');
    await emulator.kvs.get('missing');
    expect(Object.fromEntries(emulator.requests)).toEqual({ '/api/v1/set': 1, '/api/v1/get': 2 });
  });
});
