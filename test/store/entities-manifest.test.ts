import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENTITIES } from '../../src/store/entities';

const manifest = parse(readFileSync(join(__dirname, '../../manifest.yml'), 'utf8')) as {
  app?: { storage?: { entities?: unknown } };
};
const declared = manifest.app?.storage?.entities;

describe('manifest.yml storage', () => {
  test('declares exactly the entities the store uses', () => {
    expect(declared).toEqual(JSON.parse(JSON.stringify(ENTITIES)));
  });
});
