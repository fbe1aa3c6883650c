import { createMeter, withMetering } from '../../src/jira/metering';
import { endpointKey, isReadLike } from '../../src/jira/endpoint';
import { jsonResponse, recordingFetch, type Handler } from './fakes';

const issues = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(10000 + i), key: `A-${i}` }));

function metered(handler: Handler) {
  const meter = createMeter();
  return { meter, fetch: withMetering(recordingFetch(handler), meter) };
}

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

describe('metering', () => {
  it('bills a search 1 + the issues it returned, and keeps the body readable', async () => {
    const { meter, fetch } = metered(() => jsonResponse(200, { issues: issues(7), isLast: true }));
    const response = await fetch('/rest/api/3/search/jql', post({ jql: 'project = 1' }));
    expect(JSON.parse(await response.text()).issues).toHaveLength(7);
    expect(meter.snapshot()).toMatchObject({ calls: 1, points: 8, reads: 1, writes: 0 });
  });

  it('bills bulkfetch by issues and changelog bulkfetch by issueChangeLogs', async () => {
    const { meter, fetch } = metered((r) =>
      r.path.startsWith('/rest/api/3/changelog')
        ? jsonResponse(200, { issueChangeLogs: [{ issueId: '1' }, { issueId: '2' }] })
        : jsonResponse(200, { issues: issues(3), issueErrors: [] }),
    );
    await fetch('/rest/api/3/issue/bulkfetch', post({ issueIdsOrKeys: ['1'] }));
    await fetch('/rest/api/3/changelog/bulkfetch', post({ issueIdsOrKeys: ['1'] }));
    const snap = meter.snapshot();
    expect(snap.points).toBe(4 + 3);
    expect(snap.byEndpoint).toEqual({
      'POST /rest/api/3/issue/bulkfetch': { calls: 1, points: 4 },
      'POST /rest/api/3/changelog/bulkfetch': { calls: 1, points: 3 },
    });
  });

  it('bills 1 for reads that return no issues (count, fields, GET issue)', async () => {
    const { meter, fetch } = metered(() => jsonResponse(200, { count: 5000, issues: 'not-an-array' }));
    await fetch('/rest/api/3/search/approximate-count', post({ jql: 'x' }));
    await fetch('/rest/api/3/field');
    await fetch('/rest/api/3/issue/10001?fields=parent');
    expect(meter.snapshot()).toMatchObject({ calls: 3, points: 3, reads: 3 });
    expect(meter.snapshot().byEndpoint['GET /rest/api/3/issue/{id}']).toEqual({ calls: 1, points: 1 });
  });

  it('bills 1 per write, whatever it returns', async () => {
    const { meter, fetch } = metered(() => jsonResponse(200, { issues: issues(50) }));
    await fetch('/rest/api/3/issue/10001/properties/okr', { method: 'PUT', body: '{}' });
    await fetch('/rest/api/3/issue', post({ fields: {} }));
    await fetch('/rest/api/3/issue/10001', { method: 'DELETE' });
    expect(meter.snapshot()).toMatchObject({ calls: 3, points: 3, reads: 0, writes: 3 });
  });

  it('counts failed calls (429s separately) and transport errors as calls', async () => {
    let n = 0;
    const { meter, fetch } = metered(() => {
      n += 1;
      if (n === 1) return jsonResponse(429, { errorMessages: ['slow down'] });
      throw new TypeError('fetch failed');
    });
    await fetch('/rest/api/3/search/jql', post({}));
    await expect(fetch('/rest/api/3/search/jql', post({}))).rejects.toThrow('fetch failed');
    expect(meter.snapshot()).toMatchObject({ calls: 2, points: 2, rateLimited: 1 });
  });

  it('snapshot is a copy and reset starts a new run', async () => {
    const { meter, fetch } = metered(() => jsonResponse(200, {}));
    await fetch('/rest/api/3/myself');
    const before = meter.snapshot();
    await fetch('/rest/api/3/myself');
    expect(before.calls).toBe(1);
    meter.reset();
    expect(meter.snapshot()).toEqual({ calls: 0, points: 0, reads: 0, writes: 0, rateLimited: 0, byEndpoint: {} });
  });
});

describe('endpoint naming', () => {
  it.each([
    ['GET', '/rest/api/3/issue/10001?fields=a', 'GET /rest/api/3/issue/{id}'],
    ['GET', '/rest/api/3/issue/ABC-12', 'GET /rest/api/3/issue/{id}'],
    ['GET', '/rest/api/3/project/ABC/version', 'GET /rest/api/3/project/{id}/version'],
    ['GET', '/rest/api/3/project/search?id=1', 'GET /rest/api/3/project/search'],
    ['POST', '/rest/api/3/issue/bulkfetch', 'POST /rest/api/3/issue/bulkfetch'],
  ])('%s %s → %s', (method, path, key) => {
    expect(endpointKey(method, path)).toBe(key);
  });

  it('treats the read-like POSTs as reads and other POSTs as writes', () => {
    expect(isReadLike('POST', '/rest/api/3/search/jql')).toBe(true);
    expect(isReadLike('POST', '/rest/api/3/search/approximate-count')).toBe(true);
    expect(isReadLike('POST', '/rest/api/3/issue/bulkfetch')).toBe(true);
    expect(isReadLike('POST', '/rest/api/3/changelog/bulkfetch')).toBe(true);
    expect(isReadLike(undefined, '/rest/api/3/myself')).toBe(true);
    expect(isReadLike('POST', '/rest/api/3/issue')).toBe(false);
    expect(isReadLike('PUT', '/rest/api/3/issue/1')).toBe(false);
  });
});
