/**
 * The simulator's answers, over HTTP, checked against the component schemas of Atlassian's OpenAPI spec for the
 * operations the app uses, including the error answers.
 */
import { REMOVED_SEARCH_MESSAGE, UNBOUNDED_MESSAGE } from '../../sandbox/jira-simulator';
import { startHarness, type Harness } from './harness';
import { validateIssueFields } from './issue-fields';
import { loadSpec, validate, validateResponse } from './openapi';
import { OPERATIONS } from './operations';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.server.close());

const errorCollection = (body: unknown) => validate(loadSpec(), { $ref: '#/components/schemas/ErrorCollection' }, body);

describe('responses conform to the OpenAPI schemas', () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const r = await h.raw(op.method, op.path, op.body);
    expect(r.status).toBe(op.status);
    expect(validateResponse(op.template, op.method, op.status, r.json)).toEqual([]);
    const body = r.json as { issues?: { fields?: Record<string, unknown> }[]; fields?: Record<string, unknown> };
    const issues = body.issues ?? (body.fields ? [body] : []);
    expect(issues.flatMap((issue, i) => validateIssueFields(issue, `$.issues[${i}]`))).toEqual([]);
  });

  it('the validator does catch drift', () => {
    expect(validateResponse('/rest/api/3/search/approximate-count', 'POST', 200, { count: 'x', total: 1 })).toEqual([
      '$.count: expected integer, got string',
      '$: undocumented property total',
    ]);
    expect(validateIssueFields({ fields: { issuetype: { id: '1', colour: 'red' } } }, '$')).toEqual([
      '$.fields.issuetype: undocumented property colour',
    ]);
  });

  it('create issue answers CreatedIssue', async () => {
    const r = await h.raw('POST', '/rest/api/3/issue', {
      fields: { project: { key: 'TEAM' }, issuetype: { name: 'Story' }, summary: 'x', customfield_10016: 1 },
    });
    expect(r.status).toBe(201);
    expect(validateResponse('/rest/api/3/issue', 'POST', 201, r.json)).toEqual([]);
  });

  it('create issue errors are ErrorCollections', async () => {
    const r = await h.raw('POST', '/rest/api/3/issue', {
      fields: { project: { key: 'TEAM' }, issuetype: { name: 'Story' } },
    });
    expect(r.status).toBe(400);
    expect(validateResponse('/rest/api/3/issue', 'POST', 400, r.json)).toEqual([]);
  });

  it.each([
    ['POST', '/rest/api/3/search/jql', { jql: 'order by key' }, 400, UNBOUNDED_MESSAGE],
    ['POST', '/rest/api/3/search/approximate-count', { jql: '' }, 400, UNBOUNDED_MESSAGE],
    ['GET', '/rest/api/3/search?jql=project%3DTEAM', undefined, 410, REMOVED_SEARCH_MESSAGE],
    [
      'GET',
      '/rest/api/3/issue/NOPE-1',
      undefined,
      404,
      'Issue does not exist or you do not have permission to see it.',
    ],
  ])('%s %s answers %s as an ErrorCollection', async (method, path, body, status, message) => {
    const r = await h.raw(method, path, body);
    expect(r.status).toBe(status);
    expect(errorCollection(r.json)).toEqual([]);
    expect(r.json).toEqual({ errorMessages: [message], errors: {} });
  });

  it('PUT issue and POST transition answer 204 with no body', async () => {
    expect((await h.raw('PUT', '/rest/api/3/issue/TEAM-1', { fields: { summary: 'edited' } })).status).toBe(204);
    const t = await h.raw('POST', '/rest/api/3/issue/TEAM-1/transitions', { transition: { id: '21' } });
    expect(t.status).toBe(204);
    expect(t.json).toBeUndefined();
  });

  it('refuses requests without valid basic auth', async () => {
    const r = await fetch(`${h.server.url}/rest/api/3/myself`, {
      headers: { authorization: `Basic ${Buffer.from('alice@example.com:wrong').toString('base64')}` },
    });
    expect(r.status).toBe(401);
    expect((await fetch(`${h.server.url}/rest/api/3/myself`)).status).toBe(401);
  });
});
