/**
 * A small Jira site seeded by hand, with every expected number worked out below from the seed, not from the code
 * under test. Keys are assigned in creation order (TEAM-1, TEAM-2, …); ids are whatever the simulator allocates and
 * are looked up by key.
 *
 *   TEAM (team-managed, "Story point estimate")          CORE (company-managed, "Story Points"), version 1.0
 *   TEAM-1 Epic                                          CORE-1 Epic
 *     TEAM-2 Story    3 pts  Done                          CORE-2 Story  8 pts  To Do        1.0
 *       TEAM-4 Subtask 1 pt  Done                            CORE-4 Sub-task 3 pts In Progress
 *     TEAM-3 Story    5 pts  In Progress                   CORE-3 Bug    2 pts  Done         1.0
 *     TEAM-5 Bug      —      Done                        CORE-5 Story  5 pts  Done         1.0   (no epic)
 *   TEAM-6 Epic                                          CORE-6 Epic
 *     TEAM-7 Story    8 pts  To Do                         CORE-7 Story  1 pt   To Do
 *     TEAM-8 Task     2 pts  Done   label okr            CORE-8 Story  2 pts  To Do               (no epic)
 *   TEAM-9 Story     13 pts  Done   label okr (no epic)
 *
 * Alice may browse everything (and has an API token for the HTTP face); Bob may browse TEAM only.
 */
import { createJiraSimulator, type JiraSimulator, type Realism } from '../../../../sandbox/jira-simulator';
import type { Clock } from '../../../../src/platform';
import type { JiraSource, KeyResultRef, Target } from '../../../../src/jira';

export const T0 = new Date('2026-10-05T09:00:00.000Z');

export const ALICE = {
  accountId: 'acc-alice',
  displayName: 'Alice Admin',
  email: 'alice@example.com',
  apiToken: 'tok-alice',
  admin: true,
};
export const BOB = { accountId: 'acc-bob', displayName: 'Bob Builder', email: 'bob@example.com', apiToken: 'tok-bob' };

export interface SmallSite {
  sim: JiraSimulator;
  /** Issue id by key. */
  id(key: string): string;
  /** Issue key by id (for readable assertions). */
  key(id: string): string;
  projectId(key: 'TEAM' | 'CORE'): string;
  versionId: string;
}

export function seedSmallSite(options: { clock: Clock; seed?: number; realism?: Partial<Realism> }): SmallSite {
  const sim = createJiraSimulator({
    seed: options.seed ?? 11,
    clock: options.clock,
    ...(options.realism ? { realism: options.realism } : {}),
  });
  sim.addUser(ALICE);
  const team = sim.addProject({ key: 'TEAM', name: 'Team Rocket', style: 'team-managed' });
  const core = sim.addProject({ key: 'CORE', name: 'Core Platform', style: 'company-managed' });
  sim.addUser({ ...BOB, browseProjectIds: [team.id] });
  const version = sim.addVersion('CORE', { name: '1.0', releaseDate: '2026-12-31' });
  const silent = { silent: true };
  // Seeded ids by key, kept so a KR can still name an issue after it is deleted.
  const ids = new Map<string, string>();
  const add = (seed: Parameters<JiraSimulator['addIssue']>[0]) => {
    const issue = sim.addIssue(seed, silent);
    ids.set(issue.key, issue.id);
  };

  add({ project: 'TEAM', type: 'Epic', summary: 'Launch' }); // TEAM-1
  add({ project: 'TEAM', type: 'Story', summary: 'Pad', parent: 'TEAM-1', points: 3, status: 'Done' }); // TEAM-2
  add({ project: 'TEAM', type: 'Story', summary: 'Fuel', parent: 'TEAM-1', points: 5, status: 'In Progress' }); // TEAM-3
  add({ project: 'TEAM', type: 'Subtask', summary: 'Concrete', parent: 'TEAM-2', points: 1, status: 'Done' }); // TEAM-4
  add({ project: 'TEAM', type: 'Bug', summary: 'Leak', parent: 'TEAM-1', status: 'Done' }); // TEAM-5
  add({ project: 'TEAM', type: 'Epic', summary: 'Scale' }); // TEAM-6
  add({ project: 'TEAM', type: 'Story', summary: 'Shard', parent: 'TEAM-6', points: 8 }); // TEAM-7
  add({
    project: 'TEAM',
    type: 'Task',
    summary: 'Cache',
    parent: 'TEAM-6',
    points: 2,
    status: 'Done',
    labels: ['okr'],
  }); // TEAM-8
  add({ project: 'TEAM', type: 'Story', summary: 'Loose', points: 13, status: 'Done', labels: ['okr'] }); // TEAM-9

  add({ project: 'CORE', type: 'Epic', summary: 'Platform' }); // CORE-1
  add({ project: 'CORE', type: 'Story', summary: 'Gateway', parent: 'CORE-1', points: 8, fixVersions: ['1.0'] }); // CORE-2
  add({
    project: 'CORE',
    type: 'Bug',
    summary: 'Crash',
    parent: 'CORE-1',
    points: 2,
    status: 'Done',
    fixVersions: ['1.0'],
  }); // CORE-3
  add({ project: 'CORE', type: 'Sub-task', summary: 'Route', parent: 'CORE-2', points: 3, status: 'In Progress' }); // CORE-4
  add({ project: 'CORE', type: 'Story', summary: 'Docs', points: 5, status: 'Done', fixVersions: ['1.0'] }); // CORE-5
  add({ project: 'CORE', type: 'Epic', summary: 'Doomed' }); // CORE-6
  add({ project: 'CORE', type: 'Story', summary: 'Orphan-to-be', parent: 'CORE-6', points: 1 }); // CORE-7
  add({ project: 'CORE', type: 'Story', summary: 'Was an epic', points: 2 }); // CORE-8

  return {
    sim,
    id: (key) => {
      const id = ids.get(key) ?? sim.issue(key)?.id;
      if (id === undefined) throw new Error(`no issue ${key}`);
      return id;
    },
    key: (id) => sim.issue(id)?.key ?? [...ids].find(([, v]) => v === id)?.[0] ?? `?${id}`,
    projectId: (key) => (key === 'TEAM' ? team.id : core.id),
    versionId: version.id,
  };
}

/** A Jira KR as src/jira reads it. */
export function jiraKr(
  id: string,
  measure: 'count' | 'points',
  targets: Target[],
  includeSubtasks = false,
): KeyResultRef & { source: JiraSource } {
  return { id, source: { type: 'jira', measure, targets, includeSubtasks } };
}

export const epic = (site: SmallSite, key: string): Target => ({ kind: 'epic', issueId: site.id(key) });

/**
 * The KRs of the main scenario. Expected numbers, by hand from the table above (epics are never in scope;
 * sub-tasks only where asked; "done" = status category done):
 */
export function scenarioKrs(site: SmallSite) {
  return [
    // TEAM-2, TEAM-3, TEAM-5; done TEAM-2, TEAM-5.
    jiraKr('count-epic', 'count', [epic(site, 'TEAM-1')]),
    // + sub-task TEAM-4 (done).
    jiraKr('count-epic-subtasks', 'count', [epic(site, 'TEAM-1')], true),
    // TEAM-7, TEAM-8 (epic) + TEAM-8, TEAM-9 (label): TEAM-8 once; done TEAM-8, TEAM-9.
    jiraKr('count-epic-and-jql', 'count', [epic(site, 'TEAM-6'), { kind: 'jql', jql: 'labels = okr' }]),
    // Team-managed project: TEAM-2,3,5,7,8,9; not the epics, not the "Subtask" TEAM-4; done TEAM-2,5,8,9.
    jiraKr('count-project-team', 'count', [{ kind: 'project', projectId: site.projectId('TEAM') }]),
    // CORE-2,3,5,7,8; not CORE-1/6 (epics) nor CORE-4 (sub-task); done CORE-3, CORE-5.
    jiraKr('count-project-core', 'count', [{ kind: 'project', projectId: site.projectId('CORE') }]),
    // Both story-point fields: TEAM-2 3✓, TEAM-3 5, TEAM-5 — ✓, CORE-2 8, CORE-3 2✓ → 18 total, 5 done.
    jiraKr('points-two-epics', 'points', [epic(site, 'TEAM-1'), epic(site, 'CORE-1')]),
    // CORE-2 8, CORE-3 2✓, + sub-task CORE-4 3 → 13 total, 2 done.
    jiraKr('points-epic-subtasks', 'points', [epic(site, 'CORE-1')], true),
    // CORE-2 8, CORE-3 2✓, CORE-5 5✓ → 15 total, 7 done.
    jiraKr('points-version', 'points', [{ kind: 'version', versionId: site.versionId }]),
    // Epic CORE-1 reaches CORE-2, CORE-3; version 1.0 reaches CORE-2, CORE-3, CORE-5: each once → 15 total, 7 done.
    jiraKr('points-epic-and-version', 'points', [epic(site, 'CORE-1'), { kind: 'version', versionId: site.versionId }]),
    // TEAM-8 2✓, TEAM-9 13✓ → 15 total, 15 done.
    jiraKr('points-jql', 'points', [{ kind: 'jql', jql: 'project = TEAM AND labels = okr ORDER BY created DESC' }]),
    // Not a Jira KR: ignored by the planner.
    { id: 'metric', source: { type: 'metric' } },
  ];
}

export const EXPECTED = {
  'count-epic': { scope: 3, done: 2 },
  'count-epic-subtasks': { scope: 4, done: 3 },
  'count-epic-and-jql': { scope: 3, done: 2 },
  'count-project-team': { scope: 6, done: 4 },
  'count-project-core': { scope: 5, done: 2 },
  'points-two-epics': { keys: ['CORE-2', 'CORE-3', 'TEAM-2', 'TEAM-3', 'TEAM-5'], total: 18, done: 5 },
  'points-epic-subtasks': { keys: ['CORE-2', 'CORE-3', 'CORE-4'], total: 13, done: 2 },
  'points-version': { keys: ['CORE-2', 'CORE-3', 'CORE-5'], total: 15, done: 7 },
  'points-epic-and-version': { keys: ['CORE-2', 'CORE-3', 'CORE-5'], total: 15, done: 7 },
  'points-jql': { keys: ['TEAM-8', 'TEAM-9'], total: 15, done: 15 },
} as const;

/**
 * The planner's cost for scenarioKrs, by hand (asApp or Alice, who see everything):
 *   1 approximate-count verifying the 3 distinct epics: `id in (TEAM-1, TEAM-6, CORE-1) AND issuetype = "Epic"`
 *     answers 3, so no bulkfetch                                                   1 call   1 point
 *   1 GET /field (story-point field discovery)                                      1 call   1 point
 *   1 search `parent in (TEAM-1, CORE-1)`: the points KRs' epics and the count KR
 *     with sub-tasks share it → TEAM-2, TEAM-3, TEAM-5, CORE-2, CORE-3              1 call   1 + 5 = 6 points
 *   1 search `fixVersion = 1.0` → CORE-2, CORE-3, CORE-5 (two KRs share it)         1 call   1 + 3 = 4 points
 *   1 search `parent in (CORE-2, CORE-3)`: sub-tasks of CORE-1's children → CORE-4  1 call   1 + 1 = 2 points
 *   1 search of the points KR's own JQL → TEAM-8, TEAM-9                            1 call   1 + 2 = 3 points
 *   5 count KRs × 2 approximate-counts                                             10 calls 10 points
 *                                                                                  16 calls 27 points
 */
export const EXPECTED_COST = {
  calls: 16,
  points: 27,
  byEndpoint: {
    'POST /rest/api/3/search/approximate-count': { calls: 11, points: 11 },
    'GET /rest/api/3/field': { calls: 1, points: 1 },
    'POST /rest/api/3/search/jql': { calls: 4, points: 15 },
  },
};
