/**
 * What each UI module of manifest.yml downloads before its first render, gzipped: the entry chunk and its static
 * imports, the @forge/bridge chunk (main.tsx awaits it before rendering), and the module's lazy chunk with its
 * static imports. Lazy extras a view loads later (the burn-up chart, the CSV writer) are not counted.
 * Usage: npm run bench:ui [-- --no-build]. Prints a table, then one JSON line (the last line).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'static', 'dist');
/** The modules that show inside a Jira issue must stay small (ADR 0001); the others have no hard budget. */
const BUDGET_JS_GZIP: Record<string, number> = { 'okr-issue-panel': 120 * 1024, 'okr-issue-context': 120 * 1024 };

function uiModuleKeys(): string[] {
  const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as { modules: Record<string, unknown[]> };
  const keys: string[] = [];
  for (const entries of Object.values(manifest.modules)) {
    for (const m of entries as { key: string; resource?: string; edit?: { resource?: string } }[]) {
      if (!m.resource) continue; // functions, triggers, consumers: no UI
      keys.push(m.key);
      if (m.edit?.resource) keys.push(`${m.key}:edit`); // the gadget's config view, its own chunk
    }
  }
  return keys;
}

/** A chunk and everything it imports statically (the browser fetches those before the chunk runs). */
function closure(chunks: Record<string, Chunk>, start: string, into = new Set<string>()): Set<string> {
  if (into.has(start) || !chunks[start]) return into;
  into.add(start);
  for (const dep of chunks[start].imports ?? []) closure(chunks, dep, into);
  return into;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

function measure(chunks: Record<string, Chunk>, routeKey: string) {
  const entryKey = Object.keys(chunks).find((k) => chunks[k]?.isEntry);
  if (!entryKey) throw new Error('Vite manifest has no entry chunk');
  const bridgeKey = chunks[entryKey]?.dynamicImports?.find((k) => k.includes('@forge/bridge'));
  const moduleKey = `src/modules/${routeKey.replace(':', '.')}.tsx`;
  if (!chunks[moduleKey]) throw new Error(`no chunk for ${routeKey} (expected ${moduleKey} in static/src/routes.ts)`);
  const keys = closure(chunks, entryKey);
  if (bridgeKey) closure(chunks, bridgeKey, keys);
  closure(chunks, moduleKey, keys);
  const js = new Set([...keys].map((k) => chunks[k]?.file).filter((f): f is string => !!f && f.endsWith('.js')));
  const css = new Set([...keys].flatMap((k) => chunks[k]?.css ?? []));
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipBytes(f), 0);
  return { jsGzipBytes: sum(js), cssGzipBytes: sum(css), files: js.size + css.size };
}

function main() {
  if (!process.argv.includes('--no-build') || !existsSync(join(DIST, '.vite', 'manifest.json'))) {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', 'static', '--configLoader', 'runner', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const chunks = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const modules: Record<string, { jsGzipBytes: number; cssGzipBytes: number }> = {};
  const over: string[] = [];
  console.log('module               JS gzip    CSS gzip  files  budget');
  for (const key of uiModuleKeys()) {
    const { jsGzipBytes, cssGzipBytes, files } = measure(chunks, key);
    modules[key] = { jsGzipBytes, cssGzipBytes };
    const budget = BUDGET_JS_GZIP[key];
    const verdict = budget === undefined ? '-' : jsGzipBytes <= budget ? `ok (≤ ${budget / 1024} KB)` : `OVER ${budget / 1024} KB`;
    if (budget !== undefined && jsGzipBytes > budget) over.push(key);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
    console.log(`${key.padEnd(20)} ${kb(jsGzipBytes)}  ${kb(cssGzipBytes)}  ${String(files).padStart(5)}  ${verdict}`);
  }
  if (over.length) {
    console.log(`over budget: ${over.join(', ')}`);
    process.exitCode = 1;
  }
  console.log(JSON.stringify({ bench: 'ui-bundles', modules }));
}

main();
