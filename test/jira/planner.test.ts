import { createJiraClient } from '../../src/jira/client';
import { JiraQueryRejectedError, JiraUnavailableError } from '../../src/jira/errors';
import { executePlan, type KrRefreshResult } from '../../src/jira/executor';
import { planRefresh, type PlanOptions } from '../../src/jira/planner';
import type { JiraSource, KeyResultRef, Target } from '../../src/jira/types';
import { FakeTime, fakeJiraSite, jsonResponse, recordingFetch, TEAM_MANAGED_FIELD, type FakeIssue, type FakeSiteOptions } from './fakes';

const epic = (issueId: string): Target => ({ kind: 'epic', issueId });
const project = (projectId: string): Target => ({ kind: 'project', projectId });
const version = (versionId: string): Target => ({ kind: 'version', versionId });

function kr(id: string, measure: JiraSource['measure'], targets: Target[], includeSubtasks = false): KeyResultRef & { source: JiraSource } {
  return { id, source: { type: 'jira', measure, targets, includeSubtasks } };
}

const i = (id: string, type: FakeIssue['type'], extra: Partial<FakeIssue> = {}): FakeIssue => ({
  id,
  key: `K-${id}`,
  type,
  projectId: '10000',
  ...extra,
});

// Project 10000: epics 1, 2, 3; project 20000: epic 4. Issue 50 is a story (not an epic). Epic 99 was deleted.
const ISSUES: FakeIssue[] = [
  i('1', 'epic'), i('2', 'epic'), i('3', 'epic'), i('4', 'epic', { projectId: '20000' }),
  i('11', 'story', { parentId: '1', points: 3 }),
  i('12', 'story', { parentId: '1', points: 5, status: 'done', versionIds: ['300'] }),
  i('13', 'story', { parentId: '1', status: 'indeterminate' }),
  i('21', 'story', { parentId: '2', points: 2, status: 'done' }),
  i('22', 'story', { parentId: '2', points: 1 }),
  i('31', 'story', { parentId: '3', points: 8 }),
  i('41', 'story', { parentId: '4', points: 13, projectId: '20000', versionIds: ['300'] }),
  i('42', 'story', { projectId: '20000', points: 1, status: 'done' }),
  i('50', 'story'),
  i('111', 'subtask', { parentId: '11', points: 1 }),
  i('112', 'subtask', { parentId: '11', status: 'done', points: 2 }),
  i('411', 'subtask', { parentId: '41', projectId: '20000' }),
];

async function run(keyResults: KeyResultRef[], options: PlanOptions = {}, site: Partial<FakeSiteOptions> = {}) {
  const time = new FakeTime();
  const transport = recordingFetch(fakeJiraSite({ issues: ISSUES, fields: [TEAM_MANAGED_FIELD], ...site }), time);
  const client = createJiraClient(transport, { clock: time.clock, sleep: time.sleep, onSchemaMismatch: 'throw' });
  const results = await time.drive(executePlan(planRefresh(keyResults, options), client));
  const byEndpoint = client.meter.snapshot().byEndpoint;
  const calls = (endpoint: string) => byEndpoint[endpoint]?.calls ?? 0;
  const jqls = (route: string) =>
    transport.requests.filter((r) => r.path === route).map((r) => (r.body as { jql: string }).jql);
  return { results, transport, meter: client.meter, calls, jqls, byId: (id: string) => results.find((r) => r.krId === id)! };
}

const SEARCH = 'POST /rest/api/3/search/jql';
const COUNT = 'POST /rest/api/3/search/approximate-count';
const BULK = 'POST /rest/api/3/issue/bulkfetch';
const FIELDS = 'GET /rest/api/3/field';

function ok<M extends 'count' | 'points'>(result: KrRefreshResult, measure: M) {
  if (result.status !== 'ok' || result.measure !== measure) throw new Error(`expected ok ${measure}: ${JSON.stringify(result)}`);
  return result as Extract<KrRefreshResult, { status: 'ok'; measure: M }>;
}
const ids = (result: KrRefreshResult) => ok(result, 'points').issues.map((f) => f.id);

describe('planRefresh', () => {
  it('keeps only jira sources and dedupes the epics to verify', () => {
    const plan = planRefresh([
      kr('a', 'points', [epic('1'), epic('2')]),
      kr('b', 'count', [epic('2'), project('10000')], true),
      { id: 'metric', source: { type: 'metric' } },
    ]);
    expect(plan.krs.map((k) => k.krId)).toEqual(['a', 'b']);
    expect(plan.epicIdsToVerify).toEqual(['1', '2']);
    expect(plan.countChildEpicIds).toEqual(['2']);
    expect(plan.facts).toEqual({
      epicIds: ['1', '2'],
      subtaskEpicIds: [],
      projects: { withSubtasks: [], withoutSubtasks: [] },
      versions: { withSubtasks: [], withoutSubtasks: [] },
      jqlScopes: [],
    });
    expect(plan.options).toMatchObject({ maxJqlLength: 4000, maxIdsPerClause: 200, epicTypeNames: ['Epic'], subtaskTypeNames: undefined });
  });

  it('fetches a project once, with sub-tasks, when any KR using it wants them', () => {
    const plan = planRefresh([
      kr('a', 'points', [project('10000'), version('300')]),
      kr('b', 'points', [project('10000'), project('20000')], true),
    ]);
    expect(plan.facts.projects).toEqual({ withSubtasks: ['10000', '20000'], withoutSubtasks: [] });
    expect(plan.facts.versions).toEqual({ withSubtasks: [], withoutSubtasks: ['300'] });
  });
});

describe('executePlan: count KRs', () => {
  it('costs exactly two approximate-counts per KR, plus one approximate-count to verify the epics', async () => {
    const { results, calls, jqls } = await run([
      kr('a', 'count', [epic('1'), epic('2')]),
      kr('b', 'count', [project('20000')]),
      kr('c', 'count', [version('300'), { kind: 'jql', jql: 'labels = okr ORDER BY rank' }]),
    ]);
    expect(calls(COUNT)).toBe(7);
    expect(calls(BULK)).toBe(0);
    expect(calls(SEARCH)).toBe(0);
    expect(calls(FIELDS)).toBe(0);
    expect(jqls('/rest/api/3/search/approximate-count')).toEqual(
      expect.arrayContaining([
        'id in (1, 2) AND issuetype = "Epic"',
        'parent in (1, 2) AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes()',
        'parent in (1, 2) AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes() AND statusCategory = Done',
        'project = 20000 AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes()',
        '(fixVersion = 300 OR (labels = okr)) AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes() AND statusCategory = Done',
      ]),
    );
    expect(results.map((r) => ok(r, 'count').counts)).toEqual([
      { scope: 10, done: 3 },
      { scope: 10, done: 3 },
      { scope: 10, done: 3 },
    ]);
  });

  it("with sub-tasks, adds the epic's children as parents (one id-batched search first)", async () => {
    const { calls, jqls, byId } = await run([kr('a', 'count', [epic('1')], true)]);
    expect(calls(SEARCH)).toBe(1);
    expect(calls(COUNT)).toBe(3); // the epic check, then scope and done
    expect(jqls('/rest/api/3/search/approximate-count')[1]).toBe('(parent = 1 OR parent in (11, 12, 13)) AND issuetype != "Epic"');
    expect(ok(byId('a'), 'count').countedBy).toBe('approximate-count');
  });

  it('counts from facts when the scope does not fit one bounded JQL', async () => {
    const { calls, byId } = await run([kr('a', 'count', [epic('1')], true)], { maxIdsPerClause: 2 });
    expect(calls(COUNT)).toBe(1); // the epic check only
    expect(ok(byId('a'), 'count')).toMatchObject({ counts: { scope: 5, done: 2 }, countedBy: 'facts' });
  });
});

describe('executePlan: points KRs', () => {
  it('batches every epic into one parent-in query, fetches shared issues once and assigns them by parent', async () => {
    const { calls, jqls, byId, meter } = await run([
      kr('a', 'points', [epic('1'), epic('2')]),
      kr('b', 'points', [epic('2'), epic('3')]),
      kr('c', 'points', [epic('4')]),
    ]);
    expect(calls(BULK)).toBe(0);
    expect(calls(COUNT)).toBe(1);
    expect(calls(FIELDS)).toBe(1);
    expect(calls(SEARCH)).toBe(1);
    expect(jqls('/rest/api/3/search/jql')).toEqual(['parent in (1, 2, 3, 4) AND issuetype != "Epic"']);
    expect(ids(byId('a'))).toEqual(['11', '12', '13', '21', '22']);
    expect(ids(byId('b'))).toEqual(['21', '22', '31']);
    expect(ids(byId('c'))).toEqual(['41']);
    expect(ok(byId('a'), 'points').issues.find((f) => f.id === '12')).toEqual({
      id: '12', key: 'K-12', parentId: '1', projectId: '10000', versionIds: ['300'], hierarchyLevel: 0,
      statusCategory: 'done', points: 5, createdAt: '2026-09-01T10:00:00.000+0000', updatedAt: '2026-09-15T10:00:00.000+0000',
    });
    // 1 epic count + 1 fields + 1 search (+7 children): Jira's points, as metered.
    expect(meter.snapshot().points).toBe(1 + 1 + 8);
  });

  it('chunks the epic batch under the id limit', async () => {
    const { calls, jqls } = await run([kr('a', 'points', [epic('1'), epic('2'), epic('3'), epic('4')])], { maxIdsPerClause: 3 });
    expect(calls(SEARCH)).toBe(2);
    expect(jqls('/rest/api/3/search/jql')).toEqual([
      'parent in (1, 2, 3) AND issuetype != "Epic"',
      'parent = 4 AND issuetype != "Epic"',
    ]);
  });

  it('assigns by project and version, keeping epics out and sub-tasks only on request', async () => {
    const { calls, jqls, byId } = await run([
      kr('p', 'points', [project('20000')]),
      kr('ps', 'points', [project('20000')], true),
      kr('v', 'points', [version('300')]),
      kr('mixed', 'points', [epic('4'), project('20000')]),
    ]);
    expect(calls(SEARCH)).toBe(3);
    expect(jqls('/rest/api/3/search/jql')).toEqual(
      expect.arrayContaining(['project = 20000 AND issuetype != "Epic"', 'fixVersion = 300 AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes()']),
    );
    expect(ids(byId('p'))).toEqual(['41', '42']);
    expect(ids(byId('ps'))).toEqual(['41', '411', '42']);
    expect(ids(byId('v'))).toEqual(['12', '41']);
    expect(ids(byId('mixed'))).toEqual(['41', '42']); // 41 reached twice, listed once
    expect(ok(byId('mixed'), 'points').reached.map((r) => [r.target, r.issues.map((f) => f.id)])).toEqual([
      [epic('4'), ['41']],
      [project('20000'), ['41', '42']],
    ]);
  });

  it("with sub-tasks, fetches the epic children's sub-tasks in one more batched round", async () => {
    const { calls, jqls, byId } = await run([
      kr('a', 'points', [epic('1')], true),
      kr('b', 'points', [epic('4')], true),
      kr('c', 'points', [epic('1')]),
    ]);
    expect(calls(SEARCH)).toBe(2);
    expect(jqls('/rest/api/3/search/jql')[1]).toBe('parent in (11, 12, 13, 41) AND issuetype != "Epic"');
    expect(ids(byId('a'))).toEqual(['11', '111', '112', '12', '13']);
    expect(ids(byId('b'))).toEqual(['41', '411']);
    expect(ids(byId('c'))).toEqual(['11', '12', '13']);
  });

  it("runs a KR's own JQL once with our exclusions and assigns its matches", async () => {
    const scope = '(labels = okr) AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes()';
    const { jqls, byId } = await run(
      [kr('a', 'points', [{ kind: 'jql', jql: 'labels = okr' }]), kr('b', 'points', [{ kind: 'jql', jql: 'labels = okr' }])],
      {},
      { jqlAnswers: { [scope]: ['21', '42'] } },
    );
    expect(jqls('/rest/api/3/search/jql')).toEqual([scope]);
    expect(ids(byId('a'))).toEqual(['21', '42']);
    expect(ids(byId('b'))).toEqual(['21', '42']);
  });

  it('uses an explicit story-points field without discovery', async () => {
    const { calls, byId } = await run([kr('a', 'points', [epic('3')])], { storyPointsFieldId: 'customfield_777' }, { storyPointsFieldId: 'customfield_777' });
    expect(calls(FIELDS)).toBe(0);
    expect(ok(byId('a'), 'points').issues[0]?.points).toBe(8);
  });
});

describe('executePlan: missing targets and failures', () => {
  it('reports a deleted epic and a re-typed one, and leaves them out of the JQL', async () => {
    const { results, calls, jqls } = await run([
      kr('a', 'count', [epic('1'), epic('99')]),
      kr('b', 'count', [epic('99')]),
      kr('c', 'points', [epic('50'), epic('2')]),
    ]);
    // The epic count falls short (2 of 4), so the ids are read one by one.
    expect(calls(BULK)).toBe(1);
    expect(results[0]).toMatchObject({ status: 'ok', missingTargets: [{ target: epic('99'), reason: 'not-found' }] });
    expect(jqls('/rest/api/3/search/approximate-count').slice(1)).not.toContainEqual(expect.stringContaining('99'));
    expect(results[1]).toMatchObject({ status: 'ok', counts: { scope: 0, done: 0 }, missingTargets: [{ target: epic('99'), reason: 'not-found' }] });
    expect(results[2]).toMatchObject({ status: 'ok', missingTargets: [{ target: epic('50'), reason: 'not-an-epic' }] });
    expect(ids(results[2]!)).toEqual(['21', '22']);
    expect(calls(COUNT)).toBe(3);
  });

  it('counts epics a chunk at a time and reads by id only a chunk that falls short', async () => {
    const { calls, jqls, transport, byId } = await run([kr('a', 'count', [epic('1'), epic('2'), epic('3'), epic('99')])], { maxIdsPerClause: 2 });
    expect(jqls('/rest/api/3/search/approximate-count').slice(0, 2)).toEqual(['id in (1, 2) AND issuetype = "Epic"', 'id in (3, 99) AND issuetype = "Epic"']);
    expect(calls(BULK)).toBe(1);
    expect(transport.requests.find((r) => r.path === '/rest/api/3/issue/bulkfetch')?.body).toMatchObject({ issueIdsOrKeys: ['3', '99'] });
    expect(byId('a').missingTargets).toEqual([{ target: epic('99'), reason: 'not-found' }]);
  });

  it('re-reads by id an epic whose children a search found empty: one the index still counts after deletion is missing', async () => {
    const time = new FakeTime();
    const site = fakeJiraSite({ issues: ISSUES, fields: [TEAM_MANAGED_FIELD] });
    // A lagging index: the epic check counts every id, deleted 99 and story 50 included.
    const lagging = recordingFetch((r) => {
      const jql = (r.body as { jql?: string } | undefined)?.jql ?? '';
      return jql.startsWith('id ') ? jsonResponse(200, { count: jql.split(',').length }) : site(r);
    }, time);
    const client = createJiraClient(lagging, { clock: time.clock, sleep: time.sleep });
    const results = await time.drive(
      executePlan(
        planRefresh([
          kr('points', 'points', [epic('99'), epic('3')]),
          kr('subtasks', 'count', [epic('50'), epic('1')], true),
          kr('plain', 'count', [epic('3')]),
        ]),
        client,
      ),
    );
    expect(results[0]).toMatchObject({ status: 'ok', missingTargets: [{ target: epic('99'), reason: 'not-found' }] });
    expect(ok(results[0]!, 'points').reached.map((r) => r.target)).toEqual([epic('3')]);
    expect(results[1]).toMatchObject({ status: 'ok', missingTargets: [{ target: epic('50'), reason: 'not-an-epic' }] });
    expect(results[2]).toMatchObject({ status: 'ok', missingTargets: [] });
    const bulk = lagging.requests.filter((r) => r.path === '/rest/api/3/issue/bulkfetch');
    expect(bulk.flatMap((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys).sort()).toEqual(['50', '99']);
  });

  it('fails only the KR whose JQL Jira rejects', async () => {
    // The fake answers 400 to JQL it cannot evaluate, as Jira does to a bad query.
    const points = await run([kr('bad', 'points', [{ kind: 'jql', jql: 'nonsense ~~ 1' }]), kr('good', 'points', [epic('3')])]);
    const bad = points.byId('bad');
    expect(bad.status).toBe('failed');
    expect(bad.status === 'failed' && bad.error).toBeInstanceOf(JiraQueryRejectedError);
    expect(ids(points.byId('good'))).toEqual(['31']);
  });

  it('fails KRs that need an unavailable Jira with JiraUnavailableError; others still refresh', async () => {
    const time = new FakeTime();
    const site = fakeJiraSite({ issues: ISSUES, fields: [TEAM_MANAGED_FIELD] });
    const epicCheck = (r: { body: unknown }) => String((r.body as { jql?: string } | undefined)?.jql).startsWith('id ');
    const transport = recordingFetch((r) => (r.path === '/rest/api/3/issue/bulkfetch' || epicCheck(r) ? jsonResponse(503) : site(r)), time);
    const client = createJiraClient(transport, { clock: time.clock, sleep: time.sleep, retry: { maxAttempts: 2 } });
    const results = await time.drive(
      executePlan(planRefresh([kr('epics', 'count', [epic('1')]), kr('project', 'count', [project('10000')])]), client),
    );
    expect(results[0]).toMatchObject({ status: 'failed', error: expect.any(JiraUnavailableError) });
    expect(results[1]).toMatchObject({ status: 'ok', counts: { scope: 10, done: 3 } });
  });

  it('rejects unbalanced user JQL per KR without calling Jira for it', async () => {
    const { byId, calls } = await run([kr('bad', 'count', [{ kind: 'jql', jql: 'a = 1) OR (b = 2' }])]);
    expect(byId('bad')).toMatchObject({ status: 'failed', error: { code: 'INVALID_JIRA_INPUT' } });
    expect(calls(COUNT)).toBe(0);
  });
});
