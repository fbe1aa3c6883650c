import { createHttpJiraFetch } from '../../src/jira/http-fetch';

function capture() {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: URL | string, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('createHttpJiraFetch', () => {
  it('sends basic auth (UTF-8) to the site', async () => {
    const { calls, fetch } = capture();
    const jira = createHttpJiraFetch({ host: 'https://acme.atlassian.net/', email: 'zoë@acme.test', apiToken: 't0k', fetch });
    const response = await jira('/rest/api/3/search/jql', { method: 'POST', body: '{"jql":"x"}' });
    expect(response.status).toBe(200);
    expect(calls[0]?.url).toBe('https://acme.atlassian.net/rest/api/3/search/jql');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"jql":"x"}');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['Authorization']).toBe(`Basic ${Buffer.from('zoë@acme.test:t0k').toString('base64')}`);
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('never sends the credentials to another host', async () => {
    const { calls, fetch } = capture();
    const jira = createHttpJiraFetch({ host: 'https://acme.atlassian.net', email: 'a', apiToken: 'b', fetch });
    await expect(jira('//evil.example/steal')).rejects.toThrow(/outside/);
    await expect(jira('https://evil.example/steal')).rejects.toThrow(/outside/);
    expect(calls).toHaveLength(0);
  });
});
