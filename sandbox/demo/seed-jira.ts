/**
 * Seeds the simulated Jira with the demo site: users, projects, releases and the planned issues with their
 * history, silently (no Forge events: the app's storage is seeded separately). Runs on every start, since the
 * simulator lives in memory; the plan is deterministic, so the site is the same each time.
 */
import type { JiraSimulator } from '../jira-simulator';
import { planIssues, type IssuePlan, type PlannedIssue } from './generate-issues';
import { PROJECTS } from './jira-plan';
import { DEMO_USERS, demoUser } from './users';

export interface DemoJira {
  plan: IssuePlan;
  /** Issue key and id by plan ref (`PLAT/3` → PLAT-3). */
  issues: ReadonlyMap<string, { id: string; key: string; planned: PlannedIssue }>;
  projects: ReadonlyMap<string, { id: string; key: string; name: string }>;
  /** Version id by `PROJECT/name`. */
  versions: ReadonlyMap<string, string>;
}

export function seedJira(sim: JiraSimulator, seed = 1): DemoJira {
  for (const user of DEMO_USERS) {
    sim.addUser({
      accountId: user.accountId,
      displayName: user.displayName,
      email: user.email,
      apiToken: user.apiToken,
      browseProjectIds: user.browse === 'all' ? 'all' : [...user.browse],
      admin: user.admin,
    });
  }
  const projects = new Map<string, { id: string; key: string; name: string }>();
  const versions = new Map<string, string>();
  for (const plan of PROJECTS) {
    const project = sim.addProject({ key: plan.key, name: plan.name, style: plan.style });
    projects.set(plan.key, { id: project.id, key: project.key, name: project.name });
    for (const v of plan.versions) versions.set(`${plan.key}/${v.name}`, sim.addVersion(plan.key, v).id);
  }
  const plan = planIssues(seed);
  const issues = new Map<string, { id: string; key: string; planned: PlannedIssue }>();
  const account = (first: string) => demoUser(first).accountId;
  for (const op of plan.ops) {
    if (op.kind === 'create') {
      const planned = op.issue;
      const parent = planned.parentRef ? issues.get(planned.parentRef) : undefined;
      const created = sim.addIssue(
        {
          project: planned.project,
          type: planned.type,
          summary: planned.summary,
          ...(parent ? { parent: parent.key } : {}),
          ...(planned.points === undefined ? {} : { points: planned.points }),
          labels: planned.labels,
          fixVersions: planned.fixVersions,
          created: planned.created,
          assignee: account(planned.assignee),
          reporter: account(planned.reporter),
        },
        { silent: true },
      );
      issues.set(planned.ref, { id: created.id, key: created.key, planned });
    } else {
      const issue = issues.get(op.ref);
      if (!issue) throw new Error(`Demo plan: ${op.ref} transitions before it exists`);
      sim.transition(issue.key, op.status, { actor: account(op.actor), at: op.at, silent: true });
    }
  }
  return { plan, issues, projects, versions };
}
