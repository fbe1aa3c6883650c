/** The two ways the app reaches Jira, over the simulator: HTTP with basic auth, and Forge-shaped in-process. */
import { createHttpJiraFetch } from '../../../../src/jira';
import type { JiraFetch } from '../../../../src/platform';
import { ALICE, type SmallSite } from './small-site';

export interface TransportUnderTest {
  name: string;
  /** A transport that sees what Alice (HTTP) or the app (Forge) sees: everything. */
  open(site: SmallSite): Promise<{ fetch: JiraFetch; close(): Promise<void> }>;
}

export const HTTP: TransportUnderTest = {
  name: 'HTTP (basic auth, jira.js over fetch)',
  async open(site) {
    const server = await site.sim.listen(0, '127.0.0.1');
    const fetch = createHttpJiraFetch({
      host: server.url,
      email: ALICE.email,
      apiToken: ALICE.apiToken,
      timeoutMs: 5_000,
    });
    return { fetch, close: () => server.close() };
  },
};

export const FORGE: TransportUnderTest = {
  name: 'Forge-shaped in-process (asApp().requestJira)',
  open(site) {
    return Promise.resolve({ fetch: site.sim.asApp(), close: () => Promise.resolve() });
  },
};

export const TRANSPORTS = [HTTP, FORGE];
