/** A small method + path router: unknown paths answer 404 and known paths with another method 405, both as JSON. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './respond';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

export type Handler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  methods: readonly string[] | '*';
  pattern: RegExp;
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(methods: string | readonly string[] | '*', pattern: RegExp, handler: Handler): this {
    this.routes.push({
      methods: methods === '*' ? '*' : typeof methods === 'string' ? [methods] : methods,
      pattern,
      handler,
    });
    return this;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    let allowed: string[] = [];
    for (const route of this.routes) {
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      if (
        route.methods === '*' ||
        route.methods.includes(method) ||
        (method === 'HEAD' && route.methods.includes('GET'))
      ) {
        await route.handler({ req, res, url, params: match.slice(1).map((p) => decodeURIComponent(p ?? '')) });
        return;
      }
      allowed = [...allowed, ...route.methods];
    }
    if (allowed.length > 0) {
      throw new HttpError(
        405,
        'METHOD_NOT_ALLOWED',
        `${method} is not allowed on ${url.pathname}; use ${[...new Set(allowed)].join(' or ')}.`,
      );
    }
    throw new HttpError(404, 'NOT_FOUND', `No route ${method} ${url.pathname}.`);
  }
}
