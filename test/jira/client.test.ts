import { isApiError, isNotFoundError, isSchemaMismatchError, SchemaMismatchError } from 'jira.js/core';
import { createJiraApi } from '../../src/jira/api';
import { createJiraClient } from '../../src/jira/client';
import { InvalidJiraInputError, JiraUnavailableError } from '../../src/jira/errors';
import { createSdkClient } from '../../src/jira/sdk-client';
import { FakeTime, jsonResponse, rateLimited, recordingFetch, sequence, type Handler } from './fakes';

function api(handler: Handler, onSchemaMismatch: Parameters<typeof createSdkClient>[1] extends infer O ? O : never = {}) {
  const transport = recordingFetch(handler);
  return { transport, api: createJiraApi(createSdkClient(transport, { onSchemaMismatch: 'throw', ...onSchemaMismatch })) };
}

describe('jira.js over a JiraFetch', () => {
  it('sends search/jql as jira.js builds it and returns the validated body', async () => {
    const { transport, api: jira } = api(() =>
      jsonResponse(200, { issues: [{ id: '10001', key: 'A-1', fields: { status: { name: 'Done' } } }], isLast: true }),
    );
    const result = await jira.searchJql({ jql: 'project = 1', fields: ['status'], maxResults: 100 });
    expect(result.issues?.[0]?.id).toBe('10001');
    expect(transport.requests).toEqual([
      { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = 1', fields: ['status'], maxResults: 100 }, at: 0 },
    ]);
  });

  it('puts query parameters in the path the way jira.js does', async () => {
    const { transport, api: jira } = api(() => jsonResponse(200, { id: '10001', key: 'A-1', fields: {} }));
    await jira.getIssue({ issueIdOrKey: '10001', fields: ['parent', 'status'] });
    expect(transport.requests[0]?.path).toBe('/rest/api/3/issue/10001?fields=parent&fields=status');
  });

  it('refuses path parameters that are not an id or key', () => {
    const { api: jira } = api(() => jsonResponse(200, {}));
    expect(() => jira.getIssue({ issueIdOrKey: '../../rest/api/3/myself' })).toThrow(InvalidJiraInputError);
    expect(() => jira.getProjectVersions({ projectIdOrKey: 'A/../B' })).toThrow(InvalidJiraInputError);
  });

  it("throws jira.js's error classes for non-2xx answers", async () => {
    const { api: jira } = api(sequence(jsonResponse(404, { errorMessages: ['gone'] }), jsonResponse(400, { errorMessages: ['bad'] })));
    const notFound = await jira.getIssue({ issueIdOrKey: 'A-1' }).catch((e: unknown) => e);
    expect(isNotFoundError(notFound)).toBe(true);
    const bad = await jira.approximateCount({ jql: 'x' }).catch((e: unknown) => e);
    expect(isApiError(bad) && bad.status === 400 && bad.body).toEqual({ errorMessages: ['bad'] });
  });

  describe('schema checks (onSchemaMismatch)', () => {
    const drifted = () => jsonResponse(200, { count: 'many' });

    it("'throw' makes the zod model a contract check", async () => {
      const { api: jira } = api(drifted);
      const error = await jira.approximateCount({ jql: 'x' }).catch((e: unknown) => e);
      expect(isSchemaMismatchError(error)).toBe(true);
      expect((error as SchemaMismatchError).report).toMatchObject({
        endpoint: 'POST /rest/api/3/search/approximate-count',
        issues: [{ path: 'count', expected: 'number' }],
      });
    });

    it("'warn' returns the body unvalidated and warns once per drifted path", async () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const { api: jira } = api(drifted, { onSchemaMismatch: 'warn' });
        expect(await jira.approximateCount({ jql: 'x' })).toEqual({ count: 'many' });
        await jira.approximateCount({ jql: 'y' });
        expect(warn).toHaveBeenCalledTimes(1);
      } finally {
        warn.mockRestore();
      }
    });

    it('a function receives the report instead', async () => {
      const reports: unknown[] = [];
      const { api: jira } = api(drifted, { onSchemaMismatch: (r) => reports.push(r) });
      await jira.approximateCount({ jql: 'x' });
      expect(reports).toHaveLength(1);
    });
  });
});

describe('createJiraClient', () => {
  it('meters every attempt, retries included, and hands jira.js the final answer', async () => {
    const time = new FakeTime();
    const transport = recordingFetch(sequence(rateLimited(1, 'jira-burst-based'), jsonResponse(200, { count: 42 })), time);
    const client = createJiraClient(transport, { clock: time.clock, sleep: time.sleep, onSchemaMismatch: 'throw' });
    expect(await time.drive(client.api.approximateCount({ jql: 'project = 1' }))).toEqual({ count: 42 });
    expect(client.meter.snapshot()).toMatchObject({ calls: 2, points: 2, rateLimited: 1 });
  });

  it('surfaces JiraUnavailableError through jira.js unchanged', async () => {
    const time = new FakeTime();
    const transport = recordingFetch(() => jsonResponse(503), time);
    const client = createJiraClient(transport, { clock: time.clock, sleep: time.sleep, retry: { maxAttempts: 2 } });
    const error = await time.drive(client.api.getFields()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraUnavailableError);
    expect(client.meter.snapshot().calls).toBe(2);
  });

  it('can share one meter between identities', async () => {
    const time = new FakeTime();
    const asApp = createJiraClient(recordingFetch(() => jsonResponse(200, [])), { clock: time.clock });
    const asUser = createJiraClient(recordingFetch(() => jsonResponse(200, [])), { clock: time.clock, meter: asApp.meter });
    await asApp.api.getFields();
    await asUser.api.getFields();
    expect(asApp.meter.snapshot().calls).toBe(2);
  });
});
