/**
 * asUser sees only what the user may browse; asApp sees everything. Bob may browse TEAM, not CORE. A KR over CORE
 * work must come out smaller or flagged for Bob, never as a confident wrong number, and stay right for the app.
 */
import { createHttpJiraFetch, createJiraClient, executePlan, planRefresh } from '../../../src/jira';
import type { JiraFetch } from '../../../src/platform';
import { byId, summarizeAll } from './support/results';
import { BOB, EXPECTED, scenarioKrs, seedSmallSite, T0, type SmallSite } from './support/small-site';

const clock = { now: () => T0 };

async function refreshAs(site: SmallSite, fetch: JiraFetch) {
  const jira = createJiraClient(fetch, { clock, onSchemaMismatch: 'throw' });
  return executePlan(planRefresh(scenarioKrs(site)), jira);
}

/** Bob's view, by hand: TEAM work as before; CORE epics are not found; CORE project and version JQL is refused. */
const EXPECTED_FOR_BOB = {
  'count-epic': { scope: 3, done: 2 },
  'count-epic-subtasks': { scope: 4, done: 3 },
  'count-epic-and-jql': { scope: 3, done: 2 },
  'count-project-team': { scope: 6, done: 4 },
  // Jira answers 400 "The value '…' does not exist for the field 'project'" for a project the user cannot browse.
  'count-project-core': { failed: 'JIRA_QUERY_REJECTED' },
  // CORE-1 is invisible: only TEAM-1's children (3✓ + 5 + unestimated ✓) remain, and CORE-1 is flagged missing.
  'points-two-epics': { keys: ['TEAM-2', 'TEAM-3', 'TEAM-5'], total: 8, done: 3 },
  // Its only epic is invisible: an empty scope, flagged, not a silent zero.
  'points-epic-subtasks': { keys: [], total: 0, done: 0 },
  'points-version': { failed: 'JIRA_QUERY_REJECTED' },
  'points-epic-and-version': { failed: 'JIRA_QUERY_REJECTED' },
  'points-jql': { keys: ['TEAM-8', 'TEAM-9'], total: 15, done: 15 },
};

describe.each([
  [
    'Forge-shaped asUser',
    async (site: SmallSite) => ({ fetch: site.sim.asUser(BOB.accountId), close: async () => {} }),
  ],
  [
    "HTTP with Bob's API token",
    async (site: SmallSite) => {
      const server = await site.sim.listen(0, '127.0.0.1');
      return {
        fetch: createHttpJiraFetch({ host: server.url, email: BOB.email, apiToken: BOB.apiToken }),
        close: () => server.close(),
      };
    },
  ],
])('permissions over %s', (_name, open) => {
  it('sees only permitted projects: fewer issues or a flagged KR for Bob, the right numbers for the app', async () => {
    const site = seedSmallSite({ clock });
    const { fetch, close } = await open(site);
    try {
      const forBob = await refreshAs(site, fetch);
      expect(summarizeAll(forBob, site)).toEqual(EXPECTED_FOR_BOB);
      const coreEpic = { kind: 'epic', issueId: site.id('CORE-1') };
      expect(byId(forBob, 'points-two-epics').missingTargets).toEqual([{ target: coreEpic, reason: 'not-found' }]);
      expect(byId(forBob, 'points-epic-subtasks').missingTargets).toEqual([{ target: coreEpic, reason: 'not-found' }]);
      expect(byId(forBob, 'count-epic').missingTargets).toEqual([]);

      const forApp = await refreshAs(site, site.sim.asApp());
      expect(summarizeAll(forApp, site)).toEqual(EXPECTED);
    } finally {
      await close();
    }
  });
});
