/**
 * Injected 5xx and hung requests, over both transports, in simulated time (hangs take a few real milliseconds).
 * Whatever happens, each KR is either exactly right or fails with JiraUnavailableError, so the caller keeps its last
 * good value and marks it stale: a fault never shows up as a zero, or any other number, presented as success.
 */
import {
  createHttpJiraFetch,
  createJiraClient,
  executePlan,
  isJiraUnavailable,
  planRefresh,
  type KrRefreshResult,
} from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { recordExchanges } from './support/recording-transport';
import { summarize } from './support/results';
import { ALICE, EXPECTED, scenarioKrs, seedSmallSite, T0, type SmallSite } from './support/small-site';
import { VirtualTime } from './support/virtual-time';

type Open = (site: SmallSite) => Promise<{ fetch: JiraFetch; close(): Promise<void> }>;

const OPEN: Array<[string, Open]> = [
  ['Forge-shaped', (site) => Promise.resolve({ fetch: site.sim.asApp(), close: () => Promise.resolve() })],
  [
    'HTTP',
    async (site) => {
      const server = await site.sim.listen(0, '127.0.0.1');
      const fetch = createHttpJiraFetch({
        host: server.url,
        email: ALICE.email,
        apiToken: ALICE.apiToken,
        timeoutMs: 2_000,
      });
      return { fetch, close: () => server.close() };
    },
  ],
];

async function faultyRefresh(open: Open, seed: number) {
  const time = new VirtualTime(T0);
  const site = seedSmallSite({ clock: time.clock, seed, realism: { errorRate: 0.4, timeoutRate: 0.15, timeoutMs: 5 } });
  const { fetch, close } = await open(site);
  try {
    const recorded = recordExchanges(fetch, time.clock);
    const jira = createJiraClient(time.track(recorded.fetch), {
      clock: time.clock,
      sleep: time.sleep,
      onSchemaMismatch: 'throw',
    });
    const results = await time.run(executePlan(planRefresh(scenarioKrs(site)), jira));
    return { site, results, exchanges: recorded.exchanges };
  } finally {
    await close();
  }
}

describe.each(OPEN)('5xx and timeouts over %s', (_name, open) => {
  const outcomes: KrRefreshResult[] = [];
  const statuses = new Set<number | string>();

  it.each([1, 2, 3, 4])('seed %i: every KR is exactly right or JiraUnavailableError', async (seed) => {
    const { site, results, exchanges } = await faultyRefresh(open, seed);
    for (const e of exchanges) statuses.add(e.status);
    expect(results).toHaveLength(Object.keys(EXPECTED).length);
    for (const r of results) {
      if (r.status === 'failed') {
        expect({
          krId: r.krId,
          error: isJiraUnavailable(r.error) ? 'unavailable' : `${r.error.name}: ${r.error.message}`,
        }).toEqual({ krId: r.krId, error: 'unavailable' });
      } else {
        expect({ [r.krId]: summarize(r, site) }).toEqual({ [r.krId]: EXPECTED[r.krId as keyof typeof EXPECTED] });
      }
      outcomes.push(r);
    }
  });

  it('across seeds, faults were met and both outcomes occurred', () => {
    expect([...statuses]).toEqual(expect.arrayContaining([200, 500, 503, 'no-response']));
    expect(outcomes.some((r) => r.status === 'ok')).toBe(true);
    expect(outcomes.some((r) => r.status === 'failed')).toBe(true);
  });
});
