/**
 * A small site seeded silently (no events), with every expected number worked out by hand below.
 *
 *   TEAM (team-managed)                         CORE (company-managed), version 1.0
 *   TEAM-1 Epic "Launch"                        CORE-1 Epic "Platform"
 *     TEAM-2 Story  3 pts  To Do                  CORE-2 Story    5 pts To Do   1.0
 *     TEAM-3 Story  5 pts  In Progress              CORE-4 Sub-task 1 pt  To Do
 *     TEAM-4 Story  2 pts  Done                   CORE-3 Story    3 pts Done    1.0
 *     TEAM-5 Bug    —      To Do                  CORE-5 Story    2 pts To Do   1.0  (no epic)
 *   TEAM-6 Epic "Scale"
 *     TEAM-7 Story  8 pts  To Do
 *
 * KRs (objective O1: count-epic w1, points-epic w3; objective O2: count-project w1, points-version w1,
 * points-subtasks w2; objective O3: count-scale w1):
 *   count-epic      count,  epic TEAM-1            TEAM-2,3,4,5; done TEAM-4            → 1/4
 *   points-epic     points, epic TEAM-1            3+5+2 (TEAM-5 unestimated); done 2   → 2/10
 *   count-project   count,  project CORE           CORE-2,3,5 (not the epic, not CORE-4) ; done CORE-3 → 1/3
 *   points-version  points, version 1.0            CORE-2 5, CORE-3 3✓, CORE-5 2       → 3/10
 *   points-subtasks points, epic CORE-1 + sub-tasks CORE-2 5, CORE-3 3✓, CORE-4 1      → 3/9
 *   count-scale     count,  epic TEAM-6            TEAM-7                                → 0/1
 */
import type { Harness } from './harness';
import { aJiraKeyResult, anObjective, epic, project, storeOkrs, version } from './harness';

export interface Site {
  id(key: string): string;
  projectId(key: 'TEAM' | 'CORE'): string;
  versionId: string;
}

export function seedSite(h: Harness): Site {
  const { sim } = h;
  sim.addUser({ accountId: 'acc-ann', displayName: 'Ann', email: 'ann@example.com', apiToken: 't', admin: true });
  const team = sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const core = sim.addProject({ key: 'CORE', name: 'Core', style: 'company-managed' });
  const v1 = sim.addVersion('CORE', { name: '1.0' });
  const ids = new Map<string, string>();
  const add = (seed: Parameters<typeof sim.addIssue>[0]) => {
    const issue = sim.addIssue(seed, { silent: true });
    ids.set(issue.key, issue.id);
  };
  add({ project: 'TEAM', type: 'Epic', summary: 'Launch' });
  add({ project: 'TEAM', type: 'Story', summary: 'Pad', parent: 'TEAM-1', points: 3 });
  add({ project: 'TEAM', type: 'Story', summary: 'Fuel', parent: 'TEAM-1', points: 5, status: 'In Progress' });
  add({ project: 'TEAM', type: 'Story', summary: 'Tower', parent: 'TEAM-1', points: 2, status: 'Done' });
  add({ project: 'TEAM', type: 'Bug', summary: 'Leak', parent: 'TEAM-1' });
  add({ project: 'TEAM', type: 'Epic', summary: 'Scale' });
  add({ project: 'TEAM', type: 'Story', summary: 'Shard', parent: 'TEAM-6', points: 8 });
  add({ project: 'CORE', type: 'Epic', summary: 'Platform' });
  add({ project: 'CORE', type: 'Story', summary: 'Gateway', parent: 'CORE-1', points: 5, fixVersions: ['1.0'] });
  add({
    project: 'CORE',
    type: 'Story',
    summary: 'Crash',
    parent: 'CORE-1',
    points: 3,
    status: 'Done',
    fixVersions: ['1.0'],
  });
  add({ project: 'CORE', type: 'Sub-task', summary: 'Route', parent: 'CORE-2', points: 1 });
  add({ project: 'CORE', type: 'Story', summary: 'Docs', points: 2, fixVersions: ['1.0'] });
  return {
    id: (key) => {
      const id = ids.get(key) ?? sim.issue(key)?.id;
      if (!id) throw new Error(`no issue ${key}`);
      return id;
    },
    projectId: (key) => (key === 'TEAM' ? team.id : core.id),
    versionId: v1.id,
  };
}

export async function storeSiteOkrs(h: Harness, site: Site): Promise<void> {
  await storeOkrs(
    h.services,
    [anObjective('O1'), anObjective('O2'), anObjective('O3')],
    [
      aJiraKeyResult('count-epic', 'O1', 'count', [epic(site.id('TEAM-1'))]),
      aJiraKeyResult('points-epic', 'O1', 'points', [epic(site.id('TEAM-1'))], { weight: 3 }),
      aJiraKeyResult('count-project', 'O2', 'count', [project(site.projectId('CORE'))]),
      aJiraKeyResult('points-version', 'O2', 'points', [version(site.versionId)]),
      aJiraKeyResult('points-subtasks', 'O2', 'points', [epic(site.id('CORE-1'))], {
        includeSubtasks: true,
        weight: 2,
      }),
      aJiraKeyResult('count-scale', 'O3', 'count', [epic(site.id('TEAM-6'))]),
    ],
  );
}

export const ALL_KRS = [
  'count-epic',
  'points-epic',
  'count-project',
  'points-version',
  'points-subtasks',
  'count-scale',
];
