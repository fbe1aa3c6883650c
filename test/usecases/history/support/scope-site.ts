/**
 * The one Jira site the history tests rebuild, by hand, per day 1–10 October 2026 (UTC). TEAM-1 is the scope's
 * epic, TEAM-2 another epic:
 * A in progress 25 Sep, done 3 Oct. B created 2 Oct, done 5 Oct. C moved in from TEAM-2 on 4 Oct, done 6 Oct. D created
 * done in August and never touched since (its changelog is not read). F created without a parent, put under the epic on
 * 7 Oct. (Leaving the scope is pinned by the domain tests: the search finds the epic's children as they are now.)
 *   scope: 1 Oct A, D = 2; 2 Oct + B = 3; 4 Oct + C = 4; 7 Oct + F = 5.
 *   done:  1 Oct D = 1; 3 Oct + A = 2; 5 Oct + B = 3; 6 Oct + C = 4.
 */
import type { JiraSimulator } from '../../../../sandbox/jira-simulator';

/** Scope and done issues of TEAM-1 on 1–10 October. */
export const SCOPE_BY_DAY = [2, 3, 3, 4, 4, 4, 5, 5, 5, 5];
export const DONE_BY_DAY = [1, 1, 2, 2, 3, 4, 4, 4, 4, 4];

export const day = (d: string) => new Date(`${d}T12:00:00.000Z`);

export type AddIssue = (spec: Parameters<JiraSimulator['addIssue']>[0]) => string;

/** Adds project TEAM and its issues, silently (no events): the history is in the changelogs, not in the queue. */
export function seedScopeSite(sim: JiraSimulator): { epicId: string; otherEpicId: string; add: AddIssue } {
  sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const silent = { silent: true };
  const add: AddIssue = (s) => sim.addIssue(s, silent).key;
  const epic = add({ project: 'TEAM', type: 'Epic', summary: 'Scope', created: day('2026-07-01') });
  const other = add({ project: 'TEAM', type: 'Epic', summary: 'Other', created: day('2026-07-01') });
  const child = (summary: string, created: string, parent?: string, status?: 'Done') =>
    add({
      project: 'TEAM',
      type: 'Story',
      summary,
      created: day(created),
      ...(parent ? { parent } : {}),
      ...(status ? { status } : {}),
    });
  const a = child('A', '2026-09-20', epic);
  sim.transition(a, 'In Progress', { at: day('2026-09-25'), silent: true });
  sim.transition(a, 'Done', { at: day('2026-10-03'), silent: true });
  const b = child('B', '2026-10-02', epic);
  sim.transition(b, 'Done', { at: day('2026-10-05'), silent: true });
  const c = child('C', '2026-09-10', other);
  sim.setParent(c, epic, { at: day('2026-10-04'), silent: true });
  sim.transition(c, 'Done', { at: day('2026-10-06'), silent: true });
  child('D', '2026-08-01', epic, 'Done');
  const f = child('F', '2026-09-01');
  sim.setParent(f, epic, { at: day('2026-10-07'), silent: true });
  return { epicId: sim.issue(epic)?.id ?? '', otherEpicId: sim.issue(other)?.id ?? '', add };
}
