import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulatedKvs, createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';

const ENTITIES = [{ name: 'note', attributes: { text: { type: 'string' as const } } }];

describe('emulated kvs: persistence', () => {
  let directory: string;
  let file: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'kvs-'));
    file = join(directory, 'nested', 'kvs.json');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test('writes through to the file and loads it again', async () => {
    const first = createEmulatedKvs({ entities: ENTITIES, persistTo: file });
    await first.set('plain', { a: 1 });
    await first.setSecret('secret', 'x');
    await first.entity('note').set('n1', { text: 'hello' });
    await first.transact().set('t', 2).execute();

    const second = createEmulatedKvs({ entities: ENTITIES, persistTo: file });
    expect(await second.get('plain')).toEqual({ a: 1 });
    expect(await second.getSecret('secret')).toBe('x');
    expect(await second.entity('note').get('n1')).toEqual({ text: 'hello' });
    expect(await second.get('t')).toBe(2);
    expect(readdirSync(join(directory, 'nested'))).toEqual(['kvs.json']); // no temp file left behind
  });

  test('write-behind: a change reaches the file at flush(), or once the delay has passed', async () => {
    const emulator = createKvsEmulator({ entities: ENTITIES, persistTo: file, writeBehindMs: 60_000 });
    await emulator.kvs.set('a', 1);
    await emulator.kvs.entity('note').set('n1', { text: 'hello' });
    expect(() => readFileSync(file, 'utf8')).toThrow(); // nothing written yet
    emulator.flush();
    const reloaded = createEmulatedKvs({ entities: ENTITIES, persistTo: file });
    expect(await reloaded.get('a')).toBe(1);
    expect(await reloaded.entity('note').get('n1')).toEqual({ text: 'hello' });

    const soon = createKvsEmulator({ entities: ENTITIES, persistTo: file, writeBehindMs: 20 });
    await soon.kvs.set('b', 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(readFileSync(file, 'utf8')).plain.b.value).toBe(2);
  });

  test('a failed write leaves the file as it was', async () => {
    const kvs = createEmulatedKvs({ entities: ENTITIES, persistTo: file });
    await kvs.set('k', 1);
    const before = readFileSync(file, 'utf8');
    await expect(kvs.set('bad/key', 1)).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('expired keys are not written', async () => {
    const clock = createManualClock();
    const kvs = createEmulatedKvs({ entities: ENTITIES, persistTo: file, clock });
    await kvs.set('short', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    clock.advance(2_000);
    await kvs.set('long', 1);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).plain)).toEqual(['long']);
  });

  test.each([
    ['not JSON', '{"format": '],
    ['another format', '{"format":"something-else","version":1}'],
    ['a malformed item', '{"format":"forge-kvs-emulator","version":1,"plain":{"k":3},"secret":{},"entities":{}}'],
  ])('a corrupt file (%s) stops start-up, naming the path, and is kept', (_, content) => {
    writeFileSync(join(directory, 'corrupt.json'), content);
    const path = join(directory, 'corrupt.json');
    expect(() => createEmulatedKvs({ entities: ENTITIES, persistTo: path })).toThrow(path);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
