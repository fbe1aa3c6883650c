import { parseJql } from '../../../sandbox/jira-simulator/jql/parser';
import { tokenize } from '../../../sandbox/jira-simulator/jql/lexer';
import { JqlError } from '../../../sandbox/jira-simulator/jql/errors';
import { ALICE, BOB, jqlError, searchKeys, seededSite } from './fixtures';

describe('JQL lexer and parser', () => {
  it('reads quoted strings with both quote styles and backslash escapes', () => {
    const toks = tokenize(String.raw`summary = "say \"hi\"" OR summary = 'it\'s' OR labels = a\ b OR x = "\u0041\n"`);
    const strings = toks
      .filter((t) => t.type === 'string' || t.type === 'word')
      .map((t) => (t as { text: string }).text)
      .filter((t) => t !== 'OR');
    expect(strings).toEqual(['summary', 'say "hi"', 'summary', "it's", 'labels', 'a b', 'x', 'A\n']);
  });

  it('builds AND/OR/NOT precedence and ORDER BY', () => {
    const q = parseJql('project = P1 OR NOT status = Done AND !(labels in (x1, y1)) order by created DESC, key');
    expect(q.where).toMatchObject({
      kind: 'or',
      children: [
        { kind: 'clause', field: 'project' },
        { kind: 'and', children: [{ kind: 'not' }, { kind: 'not' }] },
      ],
    });
    expect(q.orderBy).toEqual([
      { field: 'created', direction: 'desc', pos: expect.any(Number) },
      { field: 'key', pos: expect.any(Number) },
    ]);
  });

  it('accepts && || and symbolic NOT IN / IS NOT', () => {
    const q = parseJql('project = P1 && status != Done || parent is not EMPTY && labels not in (x1)');
    expect(q.where?.kind).toBe('or');
  });

  it.each([
    ['project = ABC AND', 'Expecting a field name before the end of the query.'],
    ['project = ', 'Expecting either a value, list or function before the end of the query.'],
    ['project ABC', "Expecting operator but got 'ABC'"],
    ['(project = ABC', "Expecting ')' before the end of the query."],
    ['project = "ABC', "The quoted string 'ABC' has not been completed."],
    ['project = A%B', "The character '%' is a reserved JQL character"],
    [String.raw`summary = "a\qb"`, String.raw`'\q' is an illegal JQL escape sequence`],
    ['labels = select', "'select' is a reserved JQL word"],
    ['project = P1 B', "Expecting either 'OR' or 'AND' but got 'B'."],
  ])('rejects %s', (jql, message) => {
    let caught: unknown;
    try {
      parseJql(jql);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JqlError);
    expect((caught as JqlError).messages[0]).toContain(message);
    expect((caught as JqlError).messages[0]).toMatch(/^Error in the JQL Query: /);
  });
});

describe('JQL evaluation over the search endpoint', () => {
  const { sim } = seededSite();

  it.each([
    ['project = TEAM', ['TEAM-1', 'TEAM-2', 'TEAM-3', 'TEAM-4']],
    ['project = team', ['TEAM-1', 'TEAM-2', 'TEAM-3', 'TEAM-4']],
    ['project = "Core Platform"', ['CORE-1', 'CORE-2', 'CORE-3']],
    ['project in (10001)', ['CORE-1', 'CORE-2', 'CORE-3']],
    ['parent = TEAM-1', ['TEAM-2', 'TEAM-3']],
    ['parent in (TEAM-1, CORE-1)', ['CORE-2', 'CORE-3', 'TEAM-2', 'TEAM-3']],
    ['parent = 10000', ['TEAM-2', 'TEAM-3']],
    ['parent = TEAM-2', ['TEAM-4']],
    ['project = TEAM AND parent is EMPTY', ['TEAM-1']],
    ['project = CORE AND parent != CORE-1', []],
    ['key = team-3', ['TEAM-3']],
    ['issuekey in (TEAM-1, CORE-2)', ['CORE-2', 'TEAM-1']],
    ['id = 10002', ['TEAM-3']],
    ['issuetype = Epic', ['CORE-1', 'TEAM-1']],
    ['type in (story, Bug)', ['CORE-2', 'CORE-3', 'TEAM-2', 'TEAM-3']],
    ['issuetype = Subtask', ['TEAM-4']],
    ['issuetype in subTaskIssueTypes()', ['TEAM-4']],
    ['project = TEAM AND issuetype in standardIssueTypes()', ['TEAM-1', 'TEAM-2', 'TEAM-3']],
    ['status = done', ['CORE-3', 'TEAM-2']],
    ['status in ("In Progress", "In Review")', ['TEAM-3']],
    ['statusCategory = Done', ['CORE-3', 'TEAM-2']],
    ['statusCategory = done', ['CORE-3', 'TEAM-2']],
    ['statusCategory = "To Do"', ['CORE-1', 'CORE-2', 'TEAM-1', 'TEAM-4']],
    ['statusCategory in (new, "In Progress")', ['CORE-1', 'CORE-2', 'TEAM-1', 'TEAM-3', 'TEAM-4']],
    ['statusCategory != Done AND project = TEAM', ['TEAM-1', 'TEAM-3', 'TEAM-4']],
    ['fixVersion = "1.0"', ['CORE-2']],
    ['project = CORE AND fixVersion is EMPTY', ['CORE-1', 'CORE-3']],
    ['fixVersion != 0.9', ['CORE-2']],
    ['fixVersion in unreleasedVersions()', ['CORE-2']],
    ['labels = infra', ['CORE-2', 'TEAM-2']],
    ['labels != infra', []],
    ['project = CORE AND labels not in (api)', []],
    ['project = TEAM AND labels is EMPTY', ['TEAM-1', 'TEAM-3', 'TEAM-4']],
    ['created >= "2026-02-01"', ['CORE-2', 'CORE-3', 'TEAM-3', 'TEAM-4']],
    ['created < "2026/01/06"', ['TEAM-1']],
    ['created >= "2026-02-10 10:00" AND created <= "2026-02-10 10:00"', ['TEAM-3']],
    ['created >= -7d', ['CORE-3']],
    ['created > "-4w 2d" AND project = TEAM', ['TEAM-3', 'TEAM-4']],
    ['created >= startOfDay(-1)', ['CORE-3']],
    ['created >= startOfMonth()', ['CORE-3']],
    ['resolved is not EMPTY', ['CORE-3', 'TEAM-2']],
    ['updated <= now() AND project = CORE AND resolved is EMPTY', ['CORE-1', 'CORE-2']],
    ['project = TEAM AND NOT (status = Done OR issuetype = Epic)', ['TEAM-3', 'TEAM-4']],
    ['(project = TEAM OR project = CORE) AND issuetype = Epic ORDER BY key ASC', ['CORE-1', 'TEAM-1']],
    ['PROJECT = TEAM and STATUSCATEGORY = DONE', ['TEAM-2']],
    ['summary is EMPTY OR project = CORE', 'unsupported'],
  ])('%s', async (jql, expected) => {
    if (expected === 'unsupported') {
      expect((await jqlError(sim, jql))[0]).toContain("does not support the field 'summary'");
      return;
    }
    expect(await searchKeys(sim, jql)).toEqual(expected);
  });

  it('treats hostile strings as data', async () => {
    for (const hostile of [String.raw`x\" OR project = TEAM`, "'; DROP TABLE issues; --", 'a" OR "1"="1', '\u0000']) {
      const jql = `project = CORE AND labels = "${hostile.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      expect(await searchKeys(sim, jql)).toEqual([]);
    }
  });

  it('matches a summary-free hostile label exactly', async () => {
    sim.addIssue({ project: 'CORE', type: 'Task', summary: 'tricky', labels: ['a"b\\c'] });
    expect(await searchKeys(sim, String.raw`labels = "a\"b\\c"`)).toEqual(['CORE-4']);
    expect(await searchKeys(sim, String.raw`labels = 'a"b\\c'`)).toEqual(['CORE-4']);
    sim.deleteIssue('CORE-4', { silent: true });
  });

  it.each([
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['type = Initiative', "The value 'Initiative' does not exist for the field 'type'."],
    ['statusCategory = Finished', "The value 'Finished' does not exist for the field 'statusCategory'."],
    ['fixVersion = 9.9', "The value '9.9' does not exist for the field 'fixVersion'."],
    ['key = TEAM-99', "An issue with key 'TEAM-99' does not exist for field 'key'."],
    ['parent in (TEAM-1, NOPE-1)', "An issue with key 'NOPE-1' does not exist for field 'parent'."],
    ['key = banana', "The issue key 'banana' for field 'key' is invalid."],
    ['created > yesterday', "Date value 'yesterday' for field 'created' is invalid."],
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['assignee = currentUser()', "does not support the field 'assignee'"],
    ['cf[10016] > 3', "does not support the field 'cf[10016]'"],
    ['"Story Points" > 3', "does not support the field 'Story Points'"],
    ['project ~ TEAM', "The operator '~' is not supported by the 'project' field."],
    ['status > Done', "The operator '>' is not supported by the 'status' field."],
    ['key > TEAM-1', "does not support the operator '>' on the 'key' field"],
    ['status WAS Done BY currentUser()', "does not support the predicate 'BY' of the history operator 'WAS'"],
    ['status CHANGED', "does not support the history operator 'CHANGED'"],
    ['project = TEAM AND created > bogusFn()', "Unable to find JQL function 'bogusFn()'."],
    ['project in projectsLeadByUser()', "does not support the function 'projectsLeadByUser()' on the 'project' field"],
    ['project = TEAM ORDER BY rank', "does not support sorting by 'rank'"],
    ['project = TEAM ORDER BY flavour', "Not able to sort using field 'flavour'."],
    ['project is "TEAM"', "only supports the values 'EMPTY' and 'NULL'"],
  ])('answers 400 for %s', async (jql, message) => {
    const messages = await jqlError(sim, jql);
    expect(messages[0]).toContain(message);
  });

  it('hides projects and issues the user cannot browse, as if they did not exist', async () => {
    const bob = { kind: 'user' as const, accountId: BOB.accountId };
    expect(await searchKeys(sim, 'issuetype = Epic', bob)).toEqual(['TEAM-1']);
    const r = await sim.handle({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      headers: {},
      body: JSON.stringify({ jql: 'project = CORE' }),
      as: bob,
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).errorMessages).toEqual(["The value 'CORE' does not exist for the field 'project'."]);
    expect(await searchKeys(sim, 'issuetype = Epic', { kind: 'user', accountId: ALICE.accountId })).toEqual([
      'CORE-1',
      'TEAM-1',
    ]);
  });
});
