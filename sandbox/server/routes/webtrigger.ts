/**
 * ANY /sandbox/webtrigger/okr-metrics-webtrigger: the manifest's web trigger, called through the Forge invoker with
 * the request as Forge shapes it (headers and query parameters as lists) and answered as the handler says.
 */
import type { WebTriggerRequest } from '@forge/api';
import { readBody } from '../http/respond';
import type { RouteContext } from '../http/router';
import type { SandboxRuntime } from '../runtime';

export function webtriggerRoute(runtime: SandboxRuntime) {
  return async ({ req, res, url }: RouteContext) => {
    const body = await readBody(req);
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value : [value];
    }
    const queryParameters: Record<string, string[]> = {};
    for (const [name, value] of url.searchParams) (queryParameters[name] ??= []).push(value);
    const method = (req.method ?? 'GET').toUpperCase() as WebTriggerRequest['method'];
    const answer = await runtime.webtrigger({ method, path: url.pathname, headers, queryParameters, body });
    const outHeaders: Record<string, string> = {};
    for (const [name, values] of Object.entries(answer.headers ?? {})) outHeaders[name] = values.join(', ');
    res.writeHead(answer.statusCode, outHeaders);
    res.end(answer.body ?? '');
  };
}
