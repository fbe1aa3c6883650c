import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as entry from '../../src/index';
import { RESOLVER_KEYS } from '../../src/contract';

const ROOT = join(__dirname, '../..');
const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8'));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('src/index.ts against manifest.yml', () => {
  const handlers: string[] = manifest.modules.function.map((f: { handler: string }) => f.handler);

  it.each(handlers)('exports the handler %s as a function', (handler) => {
    const [file, name] = handler.split('.');
    expect(file).toBe('index');
    expect(typeof (entry as Record<string, unknown>)[name!]).toBe('function');
  });

  it('exports nothing the manifest does not name', () => {
    const named = handlers.map((h) => h.split('.')[1]);
    expect(Object.keys(entry).sort()).toEqual([...named].sort());
  });

  it('points every module at a declared function', () => {
    const functionKeys = new Set(manifest.modules.function.map((f: { key: string }) => f.key));
    for (const [type, modules] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const module of modules as Record<string, unknown>[]) {
        const fn = (module.function ?? (module.resolver as { function?: string } | undefined)?.function) as string;
        expect({ module: module.key, fn, declared: functionKeys.has(fn) }).toEqual({
          module: module.key,
          fn,
          declared: true,
        });
      }
    }
  });
});

describe('resolver keys', () => {
  const callResolver = (functionKey: string) =>
    entry.resolver({ call: { functionKey, payload: {} }, context: { accountId: 'a-1', cloudId: 'c-1' } } as never);

  it.each(Object.values(RESOLVER_KEYS))('defines %s', async (key) => {
    await expect(callResolver(key)).resolves.toBeDefined();
  });

  it('rejects a key that is not defined (the check above can fail)', async () => {
    await expect(callResolver('okr/does-not-exist')).rejects.toThrow();
  });

  it('defines every okr/* key that static/ invokes', () => {
    const known = new Set<string>(Object.values(RESOLVER_KEYS));
    const used = filesUnder(join(ROOT, 'static/src'))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['"`](okr\/[A-Za-z]+)['"`]/g)].map((m) => m[1]!));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
