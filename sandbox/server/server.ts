/**
 * The sandbox server: one HTTP server on loopback serving the Jira-like host pages, the built Custom UI in frames
 * with the injected bridge, the bridge and invoke endpoints, the simulated Jira REST API and the sandbox's own
 * controls, all over one SandboxRuntime. Unknown routes answer 404 JSON, malformed bodies 400 with a code.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { actingUser, colorMode } from './acting-user';
import { DEFAULT_DIST_DIR, HOST_ASSETS_DIR as HOST_ASSETS } from './paths';
import { demoDirectory } from './demo-directory';
import { HttpError, sendError, sendHtml, sendJson } from './http/respond';
import { Router } from './http/router';
import { adminPage, dashboardPage, portfolioPage } from './pages/app-pages';
import { homePage } from './pages/home';
import { issueViewPage } from './pages/issue-view';
import type { PageChrome } from './pages/layout';
import { projectAppPage, projectIssuesPage, projectsPage } from './pages/projects';
import { bridgeRoute } from './routes/bridge';
import { framesRoute } from './routes/frames';
import { invokeRoute } from './routes/invoke';
import { jiraRestRoute } from './routes/jira-rest';
import { sandboxApi } from './routes/sandbox-api';
import { webtriggerRoute } from './routes/webtrigger';
import { createSandboxRuntime, type RuntimeOptions, type SandboxRuntime } from './runtime';

export const DEFAULT_PORT = 8787;

export interface SandboxOptions extends Omit<RuntimeOptions, 'siteUrl'> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  distDir?: string;
}

export interface RunningSandbox {
  url: string;
  port: number;
  runtime: SandboxRuntime;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use (is a sandbox already running?). Stop it, or start on another port: PORT=${port + 1} npm start`,
    );
    this.name = 'PortInUseError';
  }
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) {
    throw new Error(`The sandbox listens on loopback only (its API tokens are public), not on ${host}.`);
  }
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    sendJson(res, 503, { error: { code: 'STARTING', message: 'The sandbox is starting; try again in a moment.' } });
  const server = createServer((req, res) => handler(req, res));
  const port = await listen(server, options.port ?? DEFAULT_PORT, host);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let runtime: SandboxRuntime;
  try {
    runtime = await createSandboxRuntime({ ...options, siteUrl: url });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  const router = buildRouter(runtime, options.distDir ?? DEFAULT_DIST_DIR, url);
  const log = options.log ?? (() => undefined);
  handler = (req, res) => {
    if (!isLoopbackHost(req.headers.host)) {
      // A DNS-rebound name pointing at 127.0.0.1 must not reach a server whose tokens are public.
      return sendError(
        res,
        new HttpError(403, 'FORBIDDEN_HOST', `The sandbox answers only on loopback names, not ${req.headers.host}.`),
      );
    }
    const requestUrl = new URL(req.url ?? '/', url);
    router.handle(req, res, requestUrl).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) return sendError(res, error);
      log(
        `${req.method} ${requestUrl.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      sendError(res, new HttpError(500, 'INTERNAL', error instanceof Error ? error.message : String(error)));
    });
  };
  return {
    url,
    port,
    runtime,
    async close() {
      await closeServer(server);
      await runtime.close();
    },
  };
}

function buildRouter(runtime: SandboxRuntime, distDir: string, origin: string): Router {
  const chrome = (req: IncomingMessage, title = ''): PageChrome => ({
    title,
    user: actingUser(req),
    theme: colorMode(req),
    now: runtime.clock.now(),
  });
  const page = (res: ServerResponse, result: string | { status: number; body: string }) =>
    typeof result === 'string' ? sendHtml(res, 200, result) : sendHtml(res, result.status, result.body);
  const bridgeScript = () => readFileSync(join(HOST_ASSETS, 'bridge.js'), 'utf8');
  const api = sandboxApi(runtime);
  const asset = (name: string, type: string) => () => ({ body: readFileSync(join(HOST_ASSETS, name)), type });
  const assets: Record<string, () => { body: Buffer; type: string }> = {
    'host.css': asset('host.css', 'text/css; charset=utf-8'),
    'host.js': asset('host.js', 'text/javascript; charset=utf-8'),
  };
  const PROJECT = '([A-Za-z][A-Za-z0-9_]{1,9})';

  return new Router()
    .on('GET', /^\/$/, async ({ req, res }) =>
      page(res, homePage(chrome(req), demoDirectory(runtime), (await runtime.about())?.available ?? [], origin)),
    )
    .on('GET', /^\/jira\/dashboard$/, ({ req, res, url }) =>
      page(res, dashboardPage(chrome(req), runtime.state.gadgets, url.searchParams.get('edit') ?? undefined)),
    )
    .on('GET', /^\/jira\/projects$/, ({ req, res }) => page(res, projectsPage(chrome(req), runtime.sim)))
    .on('GET', new RegExp(`^/jira/projects/${PROJECT}$`), ({ req, res, params }) =>
      page(res, projectIssuesPage(chrome(req), runtime.sim, (params[0] ?? '').toUpperCase())),
    )
    .on('GET', new RegExp(`^/jira/projects/${PROJECT}/apps/okr-project-page$`), ({ req, res, params }) =>
      page(res, projectAppPage(chrome(req), runtime.sim, (params[0] ?? '').toUpperCase())),
    )
    .on('GET', /^\/jira\/apps\/okr-portfolio$/, ({ req, res }) => page(res, portfolioPage(chrome(req))))
    .on('GET', /^\/jira\/settings\/apps\/okr-admin-page$/, ({ req, res }) => page(res, adminPage(chrome(req))))
    .on('GET', /^\/browse\/([A-Za-z][A-Za-z0-9_]{1,9}-\d+)$/, ({ req, res, params }) =>
      page(res, issueViewPage(chrome(req), runtime.sim, (params[0] ?? '').toUpperCase())),
    )
    .on('GET', /^\/frames\/([^/]+)\/(.*)$/, framesRoute(runtime, distDir, bridgeScript))
    .on('GET', /^\/sandbox\/host\/([a-z.]+)$/, ({ res, params }) => {
      const found = assets[params[0] ?? ''];
      if (!found) throw new HttpError(404, 'NOT_FOUND', `No host asset ${params[0]}.`);
      const { body, type } = found();
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    })
    .on('GET', /^\/sandbox\/users$/, api.users)
    .on('POST', /^\/sandbox\/user$/, api.switchUser)
    .on('POST', /^\/sandbox\/theme$/, api.theme)
    .on('GET', /^\/sandbox\/status$/, api.status)
    .on('GET', /^\/sandbox\/demo$/, api.demo)
    .on('POST', /^\/sandbox\/invoke$/, invokeRoute(runtime))
    .on('POST', /^\/sandbox\/bridge$/, bridgeRoute(runtime))
    .on('POST', /^\/sandbox\/simulate$/, api.simulate)
    .on('POST', /^\/sandbox\/settle$/, api.settle)
    .on('*', /^\/sandbox\/webtrigger\/okr-metrics-webtrigger$/, webtriggerRoute(runtime))
    .on('*', /^\/rest\/.*$/, jiraRestRoute(runtime));
}

export function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.closeAllConnections();
    server.close(() => resolveClose());
  });
}
