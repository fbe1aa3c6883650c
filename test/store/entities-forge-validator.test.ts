import { validate } from '@forge/manifest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ENTITIES } from '../../src/store/entities';
import type { EntityDefinition } from '../../src/store/entity-definition';

/**
 * A manifest holding the app, its entities and one trivial function, so the validator judges the entities and
 * nothing else (it wants a module, and the module's handler file).
 */
async function validateEntities(entities: readonly EntityDefinition[]) {
  const directory = mkdtempSync(join(tmpdir(), 'entities-'));
  mkdirSync(join(directory, 'src'));
  writeFileSync(join(directory, 'src', 'index.js'), 'exports.run = () => undefined;\n');
  const manifest = {
    modules: {
      scheduledTrigger: [{ key: 'tick', function: 'run', interval: 'day' }],
      function: [{ key: 'run', handler: 'index.run' }],
    },
    app: {
      id: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
      runtime: { name: 'nodejs22.x' },
      storage: { entities },
    },
    permissions: { scopes: ['storage:app'] },
  };
  const file = join(directory, 'manifest.yml');
  writeFileSync(file, stringify(JSON.parse(JSON.stringify(manifest))));
  return validate(false, file);
}

describe('entity definitions against the Forge manifest validator (@forge/manifest, offline)', () => {
  test('pass the schema and the storage rules', async () => {
    const result = await validateEntities(ENTITIES);
    expect(result.errors ?? []).toEqual([]);
  });

  test('is a real check: an index on an undeclared attribute fails', async () => {
    const broken = [{ name: 'broken', attributes: { a: { type: 'string' as const } }, indexes: ['b'] }];
    const result = await validateEntities(broken);
    expect(result.errors?.map((error) => error.message)).toEqual([
      "Entity 'broken' index 'b' must refer to a valid attribute of the entity.",
    ]);
  });
});
