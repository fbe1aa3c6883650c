import { z } from 'zod';
import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { entityRecords } from '../../src/store/entity-records';
import { StoredRecordError } from '../../src/store/errors';
import { defineRecordCodec } from '../../src/store/record-codec';
import { objectiveCodec } from '../../src/store/objective-repository';
import { createObjectiveRepository } from '../../src/store/objective-repository';
import { ENTITY } from '../../src/store/entities';
import { anObjective, freshKvs } from './builders';

/**
 * Every record type is at layout 1 today, so no production migration exists yet. These tests pin the mechanism
 * each repository relies on with a two-step history: layout 1 had one `owner`, layout 2 a list `owners`, layout 3
 * added `tags`.
 */
const Note = z.object({ id: z.string(), owners: z.array(z.string()).min(1), tags: z.array(z.string()) });
const noteV3 = defineRecordCodec({
  entity: 'note',
  schema: Note,
  schemaVersion: 3,
  migrations: {
    1: (data) => {
      const { owner, ...rest } = data as { owner: string };
      return { ...rest, owners: [owner] };
    },
    2: (data) => ({ ...(data as object), tags: [] }),
  },
  attributes: (note) => ({ firstOwner: note.owners[0] }),
});
const NOTE_ENTITY = {
  name: 'note',
  attributes: {
    schemaVersion: { type: 'integer' as const },
    data: { type: 'any' as const },
    firstOwner: { type: 'string' as const },
  },
  indexes: [{ name: 'by-owner', partition: ['firstOwner'], range: ['schemaVersion'] }],
};

describe('stored records: schemaVersion and migrations', () => {
  test('an old record is migrated on read and left as stored (never dropped, never rewritten)', async () => {
    const kvs = createEmulatedKvs({ entities: [NOTE_ENTITY] });
    await kvs.entity('note').set('n1', { schemaVersion: 1, firstOwner: 'ann', data: { id: 'n1', owner: 'ann' } });
    await kvs
      .entity('note')
      .set('n2', { schemaVersion: 2, firstOwner: 'ann', data: { id: 'n2', owners: ['ann', 'bo'] } });
    const notes = entityRecords(kvs, noteV3);
    expect(await notes.get('n1')).toEqual({ id: 'n1', owners: ['ann'], tags: [] });
    expect((await notes.query('by-owner', ['ann'])).items).toEqual([
      { id: 'n1', owners: ['ann'], tags: [] },
      { id: 'n2', owners: ['ann', 'bo'], tags: [] },
    ]);
    expect(await kvs.entity('note').get('n1')).toEqual({
      schemaVersion: 1,
      firstOwner: 'ann',
      data: { id: 'n1', owner: 'ann' },
    });
    await notes.put('n1', { id: 'n1', owners: ['ann'], tags: ['x'] });
    expect(await kvs.entity('note').get('n1')).toMatchObject({ schemaVersion: 3 });
  });

  test('a record from a newer app version is refused, not dropped', async () => {
    const kvs = freshKvs();
    const stored = { ...objectiveCodec.encode(anObjective({ version: 1 })), schemaVersion: 2 };
    await kvs.entity(ENTITY.objective).set('obj-1', stored);
    const error = await createObjectiveRepository(kvs)
      .get('obj-1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredRecordError);
    expect(error).toMatchObject({ problem: 'newer-version', key: 'obj-1', entity: 'objective', code: 'INTERNAL' });
    expect(await kvs.entity(ENTITY.objective).get('obj-1')).toEqual(stored);
  });

  test('a missing migration and an invalid record are named errors', async () => {
    const gap = defineRecordCodec({ entity: 'note', schema: Note, schemaVersion: 3, migrations: { 2: (d) => d } });
    expect(() => gap.decode('n1', { schemaVersion: 1, data: {} })).toThrow(/no-migration/);
    expect(() => noteV3.decode('n1', { schemaVersion: 3, data: { id: 'n1', owners: [] } })).toThrow(
      /'n1'.*invalid.*owners/,
    );
    expect(() => noteV3.decode('n1', { data: {} })).toThrow(/malformed/);
  });
});

describe('stored records: limits', () => {
  test('a record over 240 KiB is refused before the write, with a clear message', () => {
    const tags = Array.from({ length: 30_000 }, (_, i) => `tag-${i}`);
    expect(() => noteV3.encode({ id: 'n', owners: ['a'], tags })).toThrow(/exceeds the 245760 bytes/);
  });

  test('the largest objective the domain allows fits with room to spare', async () => {
    const largest = anObjective({
      title: 'x'.repeat(255),
      description: 'x'.repeat(5000),
      retrospective: 'x'.repeat(5000),
    });
    expect(Buffer.byteLength(JSON.stringify(objectiveCodec.encode(largest)))).toBeLessThan(20 * 1024);
    expect((await createObjectiveRepository(freshKvs()).create(largest)).ok).toBe(true);
  });

  test('ids that cannot be storage keys are refused', async () => {
    const repository = createObjectiveRepository(freshKvs());
    await expect(repository.create(anObjective({ id: 'has/slash' }))).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
