import { createJiraApi } from '../../src/jira/api';
import { fetchChangelogs } from '../../src/jira/changelogs';
import { JiraQueryRejectedError } from '../../src/jira/errors';
import { IssueShapeError, toIssueFact } from '../../src/jira/facts';
import { refetchIssues, searchFacts } from '../../src/jira/issues';
import { createSdkClient } from '../../src/jira/sdk-client';
import { fakeJiraSite, issueJson, jsonResponse, recordingFetch, type FakeIssue, type Handler } from './fakes';

function api(handler: Handler, onSchemaMismatch: 'throw' | 'silent' = 'throw') {
  const transport = recordingFetch(handler);
  return { transport, api: createJiraApi(createSdkClient(transport, { onSchemaMismatch })) };
}

const story = (id: number, extra: Partial<FakeIssue> = {}): FakeIssue => ({
  id: String(id),
  key: `A-${id}`,
  type: 'story',
  projectId: '10000',
  parentId: '1',
  ...extra,
});

describe('issue facts', () => {
  it('maps the fields we ask for to an IssueFact', () => {
    const raw = issueJson(story(2, { versionIds: ['300'], status: 'done', points: 5 }), [
      'parent', 'status', 'issuetype', 'project', 'fixVersions', 'created', 'updated', 'statuscategorychangedate', 'customfield_10016',
    ]);
    expect(toIssueFact(raw, ['customfield_10026', 'customfield_10016'])).toEqual({
      id: '2',
      key: 'A-2',
      parentId: '1',
      projectId: '10000',
      versionIds: ['300'],
      hierarchyLevel: 0,
      statusCategory: 'done',
      points: 5,
      createdAt: '2026-09-01T10:00:00.000+0000',
      updatedAt: '2026-09-15T10:00:00.000+0000',
    });
  });

  it('dates a done issue by when it entered the done category, and only a done issue', () => {
    const raw = (category: string) => ({
      id: '4',
      key: 'A-4',
      fields: {
        status: { statusCategory: { key: category } },
        project: { id: '1' },
        statuscategorychangedate: '2026-10-03T09:30:00.000+0000',
      },
    });
    expect(toIssueFact(raw('done'), []).doneAt).toBe('2026-10-03T09:30:00.000+0000');
    expect(toIssueFact(raw('indeterminate'), []).doneAt).toBeUndefined();
  });

  it('never reads an unknown status category as done, and falls back to `subtask` for the level', () => {
    const fact = toIssueFact(
      { id: '3', key: 'A-3', fields: { status: { statusCategory: { key: 'undefined' } }, issuetype: { subtask: true }, project: { id: '1' } } },
      [],
    );
    expect(fact).toMatchObject({ statusCategory: 'new', hierarchyLevel: -1, points: null, versionIds: [] });
  });

  it('rejects an issue without the fields we asked for', () => {
    expect(() => toIssueFact({ id: '3', key: 'A-3', fields: {} }, [])).toThrow(IssueShapeError);
  });
});

describe('searchFacts', () => {
  it('pages with nextPageToken, 100 per page, requesting only fact fields', async () => {
    const issues = Array.from({ length: 250 }, (_, i) => story(100 + i));
    const { transport, api: jira } = api(fakeJiraSite({ issues }));
    const facts = await searchFacts(jira, 'parent = 1', ['customfield_10016']);
    expect(facts).toHaveLength(250);
    expect(transport.requests.map((r) => (r.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, '100', '200']);
    expect((transport.requests[0]?.body as { fields: string[] }).fields).toEqual([
      'parent', 'status', 'issuetype', 'project', 'fixVersions', 'created', 'updated', 'statuscategorychangedate',
      'customfield_10016',
    ]);
  });

  it('turns a 400 into JiraQueryRejectedError with Jira messages', async () => {
    const { api: jira } = api(() => jsonResponse(400, { errorMessages: ["The value '99' does not exist for the field 'project'."] }));
    const error = await searchFacts(jira, 'project = 99', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraQueryRejectedError);
    expect(error).toMatchObject({ code: 'JIRA_QUERY_REJECTED', jql: 'project = 99' });
    expect((error as Error).message).toContain('does not exist');
  });

  it('stops on a repeated page token instead of looping', async () => {
    const { api: jira } = api(() => jsonResponse(200, { issues: [], nextPageToken: 'same', isLast: false }));
    await expect(searchFacts(jira, 'parent = 1', [])).rejects.toThrow(/repeated a page token/);
  });
});

describe('refetchIssues', () => {
  it('bulkfetches by id, ≤ 100 per call, and reports the ids Jira left out', async () => {
    const issues = Array.from({ length: 150 }, (_, i) => story(1000 + i));
    const { transport, api: jira } = api(fakeJiraSite({ issues }));
    const ids = [...issues.map((i) => i.id), '999999'];
    const result = await refetchIssues(jira, ids, []);
    expect(result.facts).toHaveLength(150);
    expect(result.missingIds).toEqual(['999999']);
    expect(transport.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([100, 51]);
    expect(transport.requests.every((r) => r.path === '/rest/api/3/issue/bulkfetch')).toBe(true);
  });
});

describe('fetchChangelogs', () => {
  const history = (id: string, created: string, to: string) => ({
    id,
    created,
    items: [{ field: 'status', fieldId: 'status', fieldtype: 'jira', from: '1', fromString: 'To Do', to, toString: 'Done' }],
  });

  it('pages per chunk of ≤ 1000 ids and merges histories per issue, oldest first', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => String(i + 1));
    const { transport, api: jira } = api((request) => {
      const body = request.body as { issueIdsOrKeys: string[]; nextPageToken?: string };
      if (body.issueIdsOrKeys.length === 1) return jsonResponse(200, { issueChangeLogs: [] });
      return body.nextPageToken
        ? jsonResponse(200, { issueChangeLogs: [{ issueId: '1', changeHistories: [history('h1', '2026-09-01T10:00:00.000+0000', '3')] }] })
        : jsonResponse(200, {
            issueChangeLogs: [{ issueId: '1', changeHistories: [history('h2', '2026-09-05T10:00:00.000+0000', '4')] }],
            nextPageToken: 'p2',
          });
    });
    const logs = await fetchChangelogs(jira, ids, ['status']);
    expect(transport.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([1000, 1000, 1]);
    expect(transport.requests[0]?.body).toMatchObject({ fieldIds: ['status'] });
    expect(logs).toEqual([
      {
        issueId: '1',
        histories: [
          { id: 'h1', created: '2026-09-01T10:00:00.000Z', items: [{ field: 'status', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'Done' }] },
          { id: 'h2', created: '2026-09-05T10:00:00.000Z', items: [{ field: 'status', fieldId: 'status', from: '1', fromString: 'To Do', to: '4', toString: 'Done' }] },
        ],
      },
    ]);
  });

  // jira.js's own model trips on this too (zod reads the inherited `toString` and rejects a function), so outside
  // 'throw' mode the body arrives unvalidated and our mapping must not be fooled either.
  it('does not mistake a missing toString for Object.prototype.toString', async () => {
    const { api: jira } = api(
      () =>
        jsonResponse(200, { issueChangeLogs: [{ issueId: '7', changeHistories: [{ id: 'h', created: '2026-09-01T10:00:00.000+0000', items: [{ field: 'x' }] }] }] }),
      'silent',
    );
    const [log] = await fetchChangelogs(jira, ['7'], []);
    expect(log?.histories[0]?.items[0]).toEqual({ field: 'x', from: null, fromString: null, to: null, toString: null });
  });

  it('refuses more than 10 fields (the endpoint limit)', async () => {
    const { api: jira } = api(() => jsonResponse(200, {}));
    await expect(fetchChangelogs(jira, ['1'], Array.from({ length: 11 }, (_, i) => `f${i}`))).rejects.toThrow(RangeError);
  });
});
