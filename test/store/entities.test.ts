import { createEmulatedKvs } from '../../sandbox/forge/kvs/create-emulated-kvs';
import { ENTITIES } from '../../src/store/entities';

describe('entity definitions', () => {
  test('pass the manifest rules (names, attributes, indexes) the emulator enforces', () => {
    expect(() => createEmulatedKvs({ entities: ENTITIES })).not.toThrow();
  });

  test('every record carries schemaVersion and data; every named index has one range attribute', () => {
    for (const entity of ENTITIES) {
      expect(entity.attributes).toMatchObject({ schemaVersion: { type: 'integer' }, data: { type: 'any' } });
      for (const index of entity.indexes ?? []) {
        if (typeof index !== 'string') expect(index.range).toHaveLength(1);
      }
    }
  });
});
