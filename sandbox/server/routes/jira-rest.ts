/**
 * /rest/…: the simulator's Jira Cloud REST API, with basic auth `email:apiToken` of a demo user (jira.js's
 * `createCloudClient({ host, auth: { type: 'basic', email, apiToken } })` or curl -u). Writes are journaled, and the
 * issue events they cause run the app's trigger, as on a real site.
 */
import { SimulatedTimeoutError } from '../../jira-simulator';
import { DEMO_USERS, type DemoUser } from '../../demo/users';
import { readBody } from '../http/respond';
import type { RouteContext } from '../http/router';
import type { SandboxRuntime } from '../runtime';

export function basicAuthUser(header: string | undefined): DemoUser | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const email = decoded.slice(0, colon);
  const token = decoded.slice(colon + 1);
  return DEMO_USERS.find((u) => u.email === email && u.apiToken === token);
}

export function jiraRestRoute(runtime: SandboxRuntime) {
  return async ({ req, res, url }: RouteContext) => {
    const user = basicAuthUser(req.headers.authorization);
    if (!user) {
      res.writeHead(401, {
        'content-type': 'application/json;charset=UTF-8',
        'www-authenticate': 'Basic realm="protected-area"',
      });
      res.end(
        JSON.stringify({
          errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
          errors: {},
        }),
      );
      return;
    }
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    try {
      const answer = await runtime.jira({
        method: req.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        headers,
        ...(body === '' ? {} : { body }),
        accountId: user.accountId,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.status === 204 ? undefined : answer.body);
    } catch (error) {
      if (error instanceof SimulatedTimeoutError) {
        req.socket.destroy();
        return;
      }
      throw error;
    }
  };
}
