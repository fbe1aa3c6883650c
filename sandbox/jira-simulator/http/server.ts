/**
 * The HTTP face (node:http, loopback only) that jira.js and curl can talk to. Basic auth `email:apiToken` of a
 * seeded user acts as that user; anything else is 401. A simulated timeout destroys the socket, as a hung
 * connection looks to a client.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimulatedTimeoutError } from '../realism';
import type { Store } from '../state/store';
import type { ListeningSimulator, SimRequest, SimResponse } from '../types';
import { jiraError, NOT_AUTHENTICATED } from './json';

function basicAuth(store: Store, header: string | undefined): string | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = store.userByEmail(decoded.slice(0, colon));
  return user && user.apiToken !== '' && user.apiToken === decoded.slice(colon + 1) ? user.accountId : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function listenHttp(
  store: Store,
  handle: (req: SimRequest, apiToken: boolean) => Promise<SimResponse>,
  port = 0,
  host = '127.0.0.1',
): Promise<ListeningSimulator> {
  // The simulator has no real authentication story: it must never be reachable from another machine.
  if (!['127.0.0.1', '::1', 'localhost'].includes(host))
    throw new Error(`Jira simulator listens on loopback only, not ${host}`);
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const accountId = basicAuth(store, req.headers.authorization);
      let out: SimResponse;
      if (accountId === undefined) {
        out = jiraError(401, [NOT_AUTHENTICATED], {}, { 'www-authenticate': 'Basic realm="protected-area"' });
      } else {
        const simReq: SimRequest = {
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          headers,
          as: { kind: 'user', accountId },
        };
        if (body !== '') simReq.body = body;
        try {
          out = await handle(simReq, true);
        } catch (e) {
          if (e instanceof SimulatedTimeoutError) {
            req.socket.destroy();
            return;
          }
          out = jiraError(500, [e instanceof Error ? e.message : String(e)]);
        }
      }
      res.writeHead(out.status, out.headers);
      res.end(out.status === 204 ? undefined : out.body);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
