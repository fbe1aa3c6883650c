import { createJiraSimulator, type JiraSimulator } from '../../../sandbox/jira-simulator';
import { parseJql } from '../../../sandbox/jira-simulator/jql/parser';
import { fakeClock, jqlError, searchKeys } from './fixtures';

/**
 * A site whose status histories are written out by hand (all times UTC; D = 2026-10-03). Status ids: CORE uses the
 * global ones (To Do 10000, In Progress 3, In Review 10001, Done 10002); TEAM has its own (To Do 10100 … Done 10103).
 *
 * CORE-1  To Do [09-20 10:00, 09-25 09:00)  In Progress [.., 10-02 15:00)  Done [.., now)
 * CORE-2  To Do [09-20 10:00, 10-03 23:59)  Done [.., now)                  enters Done in D's last minute
 * CORE-3  To Do [09-20 10:00, 10-01 10:00)  Done [.., 10-03 00:00)  In Progress [.., now)   leaves Done at D's first instant
 * CORE-4  Done [10-04 08:00, now)                                            created after D
 * CORE-5  In Review [09-20 10:00, now)                                       no status change (a label change only)
 * CORE-6  To Do [09-20 10:00, 10-03 12:00)  In Progress for no time at 12:00  Done [10-03 12:00, now)
 * CORE-7  Done [09-20 10:00, 10-02 10:00)   To Do [.., 10-05 10:00)  Done [.., now)
 * TEAM-1  To Do [09-20 10:00, 10-03 08:00)  Done (10103) [.., 10-03 09:00)  In Review (10102) [.., now)
 */
function historySite(): JiraSimulator {
  const clock = fakeClock(new Date('2026-10-10T12:00:00Z'));
  const sim = createJiraSimulator({ seed: 3, clock });
  sim.addProject({ key: 'CORE', name: 'Core', style: 'company-managed' });
  sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const at = (iso: string) => ({ at: new Date(`${iso}Z`), silent: true });
  const created = new Date('2026-09-20T10:00:00Z');
  const add = (project: string, status?: 'In Review' | 'Done', when = created) =>
    sim.addIssue(
      { project, type: 'Task', summary: 's', created: when, ...(status ? { status } : {}) },
      { silent: true },
    );

  add('CORE');
  sim.transition('CORE-1', 'In Progress', at('2026-09-25T09:00'));
  sim.transition('CORE-1', 'Done', at('2026-10-02T15:00'));
  add('CORE');
  sim.transition('CORE-2', 'Done', at('2026-10-03T23:59'));
  add('CORE');
  sim.transition('CORE-3', 'Done', at('2026-10-01T10:00'));
  sim.transition('CORE-3', 'In Progress', at('2026-10-03T00:00'));
  add('CORE', 'Done', new Date('2026-10-04T08:00:00Z'));
  add('CORE', 'In Review');
  sim.updateFields('CORE-5', { labels: ['x'] }, at('2026-10-03T10:00'));
  add('CORE');
  sim.transition('CORE-6', 'In Progress', at('2026-10-03T12:00'));
  sim.transition('CORE-6', 'Done', at('2026-10-03T12:00'));
  add('CORE', 'Done');
  sim.transition('CORE-7', 'To Do', at('2026-10-02T10:00'));
  sim.transition('CORE-7', 'Done', at('2026-10-05T10:00'));
  add('TEAM');
  sim.transition('TEAM-1', 'Done', at('2026-10-03T08:00'));
  sim.transition('TEAM-1', 'In Review', at('2026-10-03T09:00'));
  return sim;
}

describe('JQL history search: status WAS', () => {
  const sim = historySite();

  it.each([
    // ON a day: the status at any moment of that UTC day.
    ['status WAS Done ON "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    ['status was "done" on 2026-10-03', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    ['status WAS "Done" ON "2026/10/02"', ['CORE-1', 'CORE-3', 'CORE-7']],
    ['status WAS "To Do" ON "2026-09-21"', ['CORE-1', 'CORE-2', 'CORE-3', 'CORE-6', 'TEAM-1']],
    ['status WAS "In Review" ON "2026-10-03"', ['CORE-5', 'TEAM-1']],
    ['status WAS Done ON "2026-09-19"', []],
    // Ids and names mix; a name stands for every status of that name, an id for that one only.
    ['status WAS IN (10001, "In Progress") ON "2026-10-03"', ['CORE-3', 'CORE-5', 'CORE-6']],
    ['status WAS 10002 ON "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-6']],
    ['status WAS 10103 ON "2026-10-03"', ['TEAM-1']],
    ['status WAS IN (Done) ON "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    // WAS NOT is the complement of WAS, so it matches CORE-4, which did not exist on D.
    ['status WAS NOT Done ON "2026-10-03"', ['CORE-3', 'CORE-4', 'CORE-5', 'CORE-7']],
    ['status WAS NOT IN ("In Progress", "In Review") ON "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-4', 'CORE-7']],
    // BEFORE d: held before d began; AFTER d: held after d ended; DURING: from d1's start to d2's end.
    ['status WAS Done BEFORE "2026-10-03"', ['CORE-1', 'CORE-3', 'CORE-7']],
    ['status WAS Done AFTER "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-4', 'CORE-6', 'CORE-7']],
    ['status WAS "In Progress" AFTER "2026-10-02"', ['CORE-3', 'CORE-6']],
    ['status WAS Done DURING ("2026-09-01", "2026-10-01")', ['CORE-3', 'CORE-7']],
    ['status WAS Done DURING ("2026-10-03", "2026-10-03")', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    // Predicates hold for one and the same stretch: CORE-7 was Done before D and again after D, not across it.
    ['status WAS Done BEFORE "2026-10-03" AFTER "2026-10-03"', ['CORE-1']],
    ['status WAS Done AFTER "2026-10-02" BEFORE "2026-10-04"', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    // No predicate: at any time, now included.
    ['status WAS "In Progress"', ['CORE-1', 'CORE-3', 'CORE-6']],
    ['status WAS "In Review"', ['CORE-5', 'TEAM-1']],
    // Precision follows the value: a minute, a period's smallest unit (now = 2026-10-10 12:00), a function's instant.
    ['status WAS Done ON "2026-10-03 23:58"', ['CORE-1', 'CORE-6']],
    ['status WAS Done ON "2026-10-03 23:59"', ['CORE-1', 'CORE-2', 'CORE-6']],
    ['status WAS Done ON -7d', ['CORE-1', 'CORE-2', 'CORE-6', 'TEAM-1']],
    ['status WAS Done ON "-7d 12h"', ['CORE-1']],
    ['status WAS Done ON startOfDay(-7)', ['CORE-1']],
    ['status WAS "In Progress" ON startOfDay(-7)', ['CORE-3']],
    // Combined with other clauses.
    ['status WAS Done ON "2026-10-03" AND status != Done', ['TEAM-1']],
    ['project = CORE AND status WAS Done ON "2026-10-03"', ['CORE-1', 'CORE-2', 'CORE-6']],
    [
      'status WAS Done ON "2026-10-02" OR status WAS "In Review" ON "2026-10-03"',
      ['CORE-1', 'CORE-3', 'CORE-5', 'CORE-7', 'TEAM-1'],
    ],
    ['NOT status WAS Done', ['CORE-5']],
    [
      'project = CORE AND NOT (status WAS Done ON "2026-10-03" OR status WAS "To Do" ON "2026-10-03")',
      ['CORE-3', 'CORE-4', 'CORE-5'],
    ],
    ['status WAS EMPTY', []],
  ])('%s', async (jql, expected) => {
    expect(await searchKeys(sim, jql)).toEqual(expected);
  });

  it.each([
    ['project WAS CORE', "History searches do not support the 'project' field."],
    ['labels WAS x ON "2026-10-03"', "History searches do not support the 'labels' field."],
    ['created WAS "2026-10-03"', "History searches do not support the 'created' field."],
    ['fixVersion WAS "1.0"', "does not support the history operator 'WAS' on the 'fixVersion' field"],
    ['assignee WAS x', "does not support the field 'assignee'"],
    ['foo WAS bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['status WAS Blocked ON "2026-10-03"', "The value 'Blocked' does not exist for the field 'status'."],
    ['status WAS IN (Done, Closed) ON "2026-10-03"', "The value 'Closed' does not exist for the field 'status'."],
    ['status WAS Done ON "2026-13-01"', "Date value '2026-13-01' for field 'status' is invalid."],
    ['status WAS Done DURING ("2026-10-01")', "The predicate 'DURING' needs exactly two dates"],
    ['status WAS Done ON bogusFn()', "Unable to find JQL function 'bogusFn()'."],
    ['status WAS Done ON EMPTY', "does not support EMPTY as the date of the predicate 'ON'"],
    ['status WAS Done BY currentUser()', "does not support the predicate 'BY' of the history operator 'WAS'"],
    ['status WAS "In Progress" FROM "To Do"', "does not support the predicate 'FROM' of the history operator 'WAS'"],
    ['status CHANGED', "does not support the history operator 'CHANGED'"],
    ['status WAS', 'Expecting either a value, list or function before the end of the query.'],
    ['status = Done ON "2026-10-03"', "Expecting either 'OR' or 'AND' but got 'ON'."],
  ])('answers 400 for %s', async (jql, message) => {
    expect((await jqlError(sim, jql))[0]).toContain(message);
  });

  it('parses WAS NOT IN with its predicates into one history clause', () => {
    const q = parseJql('status WAS NOT IN (Done, 3) ON "2026-10-03" DURING (-2d, now()) AND project = CORE');
    expect(q.where).toMatchObject({
      kind: 'and',
      children: [
        {
          kind: 'was',
          field: 'status',
          op: 'was not in',
          operand: { kind: 'list', items: [{ text: 'Done' }, { text: '3' }] },
          predicates: [
            { kind: 'on', operand: { kind: 'value', text: '2026-10-03' } },
            { kind: 'during', operand: { kind: 'list', items: [{ text: '-2d' }, { kind: 'function', name: 'now' }] } },
          ],
        },
        { kind: 'clause', field: 'project' },
      ],
    });
  });
});
