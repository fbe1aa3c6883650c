/** The host's idea of the UI modules matches manifest.yml, so every module the app declares has a frame here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UI_MODULES } from '../../../sandbox/server/module-context';

test('UI_MODULES lists exactly the manifest’s UI modules with their types', () => {
  const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as {
    modules: Record<string, { key: string }[]>;
  };
  const fromManifest = Object.fromEntries(
    Object.entries(manifest.modules)
      .filter(([type]) => type.startsWith('jira:'))
      .flatMap(([type, modules]) => modules.map((m) => [m.key, type])),
  );
  expect(UI_MODULES).toEqual(fromManifest);
});
