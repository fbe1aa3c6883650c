/**
 * Hostile values cannot widen a KR's scope: not through epic ids, project ids or names quoted into JQL, nor through a
 * KR's own JQL trying to escape its parentheses. Every assertion is on the exact issue set, against the simulator's
 * real JQL parser (Jira's escaping rules).
 */
import { createJiraClient, executePlan, jqlValue, planRefresh } from '../../../src/jira';
import { recordExchanges, type Exchange } from './support/recording-transport';
import { byId, summarizeAll } from './support/results';
import { epic, jiraKr, seedSmallSite, T0, type SmallSite } from './support/small-site';

const clock = { now: () => T0 };

async function refresh(site: SmallSite, krs: Parameters<typeof planRefresh>[0]) {
  const { fetch, exchanges } = recordExchanges(site.sim.asApp(), clock);
  const results = await executePlan(planRefresh(krs), createJiraClient(fetch, { clock, onSchemaMismatch: 'throw' }));
  return { results, exchanges };
}

/** The JQL of every search and count that reached Jira. */
function jqlsSent(exchanges: readonly Exchange[]): string[] {
  return exchanges.flatMap((e) => {
    const [, path, ...body] = e.call.split(' ');
    return path?.startsWith('/rest/api/3/search') ? [(JSON.parse(body.join(' ')) as { jql: string }).jql] : [];
  });
}

const HOSTILE_NAMES = [
  'Evil" OR project = "CORE',
  'Evil\\" OR project = CORE OR project = \\"',
  "Evil' OR project = 'CORE",
  'Evil\n) OR (project = CORE',
  'Evil" OR key in (CORE-1, CORE-2) OR summary ~ "',
];

describe('JQL injection', () => {
  it.each(HOSTILE_NAMES)(
    'a project named %j, quoted by jqlValue into a JQL target, matches that project only',
    async (name) => {
      const site = seedSmallSite({ clock });
      site.sim.addProject({ key: 'EVIL', name, style: 'company-managed' });
      site.sim.addIssue({ project: 'EVIL', type: 'Story', summary: 'e1', points: 1, status: 'Done' }, { silent: true });
      site.sim.addIssue({ project: 'EVIL', type: 'Story', summary: 'e2', points: 2 }, { silent: true });
      const jql = `project = ${jqlValue(name)}`;
      const { results } = await refresh(site, [
        jiraKr('points', 'points', [{ kind: 'jql', jql }]),
        jiraKr('count', 'count', [{ kind: 'jql', jql }]),
      ]);
      expect(summarizeAll(results, site)).toEqual({
        points: { keys: ['EVIL-1', 'EVIL-2'], total: 3, done: 1 },
        count: { scope: 2, done: 1 },
      });
    },
  );

  it.each([
    '10000) OR project = 10001 OR parent in (10000',
    '10000 OR project = 10001',
    '" OR project = CORE OR parent = "',
    '1e3',
  ])('an epic id %j is reported missing and never reaches a search', async (issueId) => {
    const site = seedSmallSite({ clock });
    const { results, exchanges } = await refresh(site, [
      jiraKr('points', 'points', [{ kind: 'epic', issueId }, epic(site, 'TEAM-6')]),
      jiraKr('count', 'count', [{ kind: 'epic', issueId }, epic(site, 'TEAM-6')]),
    ]);
    // TEAM-6's children only: TEAM-7 (8), TEAM-8 (2, done).
    expect(summarizeAll(results, site)).toEqual({
      points: { keys: ['TEAM-7', 'TEAM-8'], total: 10, done: 2 },
      count: { scope: 2, done: 1 },
    });
    expect(byId(results, 'points').missingTargets).toEqual([
      { target: { kind: 'epic', issueId }, reason: 'not-found' },
    ]);
    const [epicCheck, ...jqls] = jqlsSent(exchanges);
    // The existence check carries the value as one quoted literal (Jira refuses it; the ids are then read by id).
    expect(epicCheck).toBe(`id in (${jqlValue(issueId)}, ${site.id('TEAM-6')}) AND issuetype = "Epic"`);
    expect(jqls.length).toBeGreaterThan(0);
    for (const jql of jqls)
      expect(jql).toMatch(
        /^parent = \d+ AND issuetype != "Epic"( AND issuetype not in subTaskIssueTypes\(\))?( AND statusCategory = Done)?$/,
      );
  });

  it.each([
    ['a project id', (v: string) => ({ kind: 'project' as const, projectId: v })],
    ['a version id', (v: string) => ({ kind: 'version' as const, versionId: v })],
  ])(
    '%s carrying JQL is one quoted value that Jira refuses: the KR fails, nothing is widened',
    async (_name, target) => {
      const site = seedSmallSite({ clock });
      const hostile = `${site.projectId('TEAM')} OR project = ${site.projectId('CORE')}`;
      const { results } = await refresh(site, [
        jiraKr('count', 'count', [target(hostile)]),
        jiraKr('points', 'points', [target(hostile)]),
      ]);
      expect(summarizeAll(results, site)).toEqual({
        count: { failed: 'JIRA_QUERY_REJECTED' },
        points: { failed: 'JIRA_QUERY_REJECTED' },
      });
    },
  );

  it("a KR's own JQL cannot close its parentheses to escape the exclusions and the done clause", async () => {
    const site = seedSmallSite({ clock });
    const { results, exchanges } = await refresh(site, [
      jiraKr('escape', 'count', [{ kind: 'jql', jql: 'labels = okr) OR (project = CORE' }]),
      jiraKr('escape-points', 'points', [{ kind: 'jql', jql: 'labels = okr) OR (project = CORE' }]),
    ]);
    expect(summarizeAll(results, site)).toEqual({
      escape: { failed: 'INVALID_JIRA_INPUT' },
      'escape-points': { failed: 'INVALID_JIRA_INPUT' },
    });
    expect(jqlsSent(exchanges)).toEqual([]);
  });

  it("a KR's own OR stays inside its group: exclusions and statusCategory apply to all of it", async () => {
    const site = seedSmallSite({ clock });
    const { results } = await refresh(site, [
      jiraKr('or', 'count', [{ kind: 'jql', jql: 'labels = okr OR project = CORE' }]),
      jiraKr('or-points', 'points', [{ kind: 'jql', jql: 'labels = okr OR project = CORE' }]),
    ]);
    // TEAM-8, TEAM-9 + CORE-2, 3, 5, 7, 8 (not the epics CORE-1, CORE-6, nor the sub-task CORE-4); done TEAM-8, TEAM-9,
    // CORE-3, CORE-5. Unwrapped, `… OR project = CORE AND … AND statusCategory = Done` would count differently.
    expect(summarizeAll(results, site)).toEqual({
      or: { scope: 7, done: 4 },
      'or-points': {
        keys: ['CORE-2', 'CORE-3', 'CORE-5', 'CORE-7', 'CORE-8', 'TEAM-8', 'TEAM-9'],
        total: 33,
        done: 22,
      },
    });
  });
});
