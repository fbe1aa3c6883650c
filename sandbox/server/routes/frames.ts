/**
 * /frames/<moduleKey>/…: the built Custom UI (static/dist) as Jira would serve the manifest's `ui` resource, one
 * URL folder per module so the app's relative asset paths resolve. index.html gets the bridge script injected at
 * the top of <head>, before the app's module script, carrying the frame's description, the host's colour mode and
 * the site clock's offset (static/README.md, "Hosting it outside Jira").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { colorMode } from '../acting-user';
import { HttpError } from '../http/respond';
import type { RouteContext } from '../http/router';
import { frameRefFrom, isUiModule } from '../module-context';
import type { SandboxRuntime } from '../runtime';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A script's JSON must not close the <script> element it sits in. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function framesRoute(runtime: SandboxRuntime, distDir: string, bridgeScript: () => string) {
  const root = resolve(distDir);
  return ({ req, res, url, params }: RouteContext) => {
    const [moduleKey, rest = ''] = params;
    if (!isUiModule(moduleKey)) throw new HttpError(404, 'UNKNOWN_MODULE', `There is no UI module '${moduleKey}'.`);
    if (!existsSync(join(root, 'index.html'))) {
      throw new HttpError(
        503,
        'UI_NOT_BUILT',
        `The Custom UI is not built: ${join(root, 'index.html')} is missing. Run npm run build.`,
      );
    }
    const relative = rest === '' ? 'index.html' : rest;
    const file = resolve(root, relative);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      throw new HttpError(404, 'NOT_FOUND', `No file ${relative} in the built UI.`);
    }
    if (relative !== 'index.html') {
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(readFileSync(file));
      return;
    }
    const q = url.searchParams;
    const frame = frameRefFrom({
      moduleKey,
      issueKey: q.get('issue') ?? undefined,
      projectKey: q.get('project') ?? undefined,
      gadgetId: q.get('gadget') ?? undefined,
      entryPoint: q.get('entry') ?? undefined,
    });
    const config = { frame, theme: colorMode(req), offsetMs: runtime.clock.offsetMs() };
    const script = `<script>window.__SANDBOX_FRAME__=${inScript(config)};\n${bridgeScript()}</script>`;
    const html = readFileSync(file, 'utf8').replace(/<head([^>]*)>/i, (head) => `${head}\n${script}`);
    res.writeHead(200, { 'content-type': TYPES['.html'] as string, 'cache-control': 'no-store' });
    res.end(html);
  };
}
