import { runInNewContext } from 'node:vm';
import { JiraUnavailableError } from '../../src/jira/errors';
import { parseRetryAfterMs, retryDelayMs } from '../../src/jira/retry/backoff';
import { RetryableResponse } from '../../src/jira/retry/failures';
import { withRetries, type RetryOptions } from '../../src/jira/retry/retry';
import type { JiraResponse } from '../../src/platform';
import { FakeTime, jsonResponse, rateLimited, recordingFetch, sequence, type Handler } from './fakes';

const ok = () => jsonResponse(200, { ok: true });
const search = { method: 'POST', body: '{"jql":"project = 1"}' };

function setup(handler: Handler, options: Partial<RetryOptions> = {}) {
  const time = new FakeTime();
  const transport = recordingFetch(handler, time);
  const fetch = withRetries(transport, { clock: time.clock, sleep: time.sleep, random: () => 0.5, ...options });
  return { time, transport, fetch };
}

async function failure(promise: Promise<unknown>): Promise<JiraUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiraUnavailableError);
  return error as JiraUnavailableError;
}

describe('retries', () => {
  it('waits at least Retry-After before retrying a 429', async () => {
    const { time, transport, fetch } = setup(sequence(rateLimited(5, 'jira-burst-based'), ok()));
    const response = await time.drive(fetch('/rest/api/3/search/jql', search));
    expect(response.status).toBe(200);
    const [first, second] = transport.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(5_000);
    expect(time.waits[0]).toBeGreaterThanOrEqual(5_000);
  });

  it('backs off exponentially on 5xx for GETs and read-like POSTs', async () => {
    const { time, transport, fetch } = setup(sequence(jsonResponse(503), jsonResponse(502), ok()));
    expect((await time.drive(fetch('/rest/api/3/field'))).status).toBe(200);
    expect(transport.requests).toHaveLength(3);
    // random = 0.5 → 3/4 of each step: 500 ms, then 1000 ms steps.
    expect(time.waits).toEqual([375, 750]);
  });

  it('retries a network failure and reports a persistent one as a timeout', async () => {
    const flaky = setup(sequence(new TypeError('fetch failed'), ok()));
    expect((await flaky.time.drive(flaky.fetch('/rest/api/3/myself'))).status).toBe(200);

    const down = setup(() => {
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    });
    const error = await failure(down.time.drive(down.fetch('/rest/api/3/myself')));
    expect(error.reason).toBe('timeout');
    expect(error.code).toBe('JIRA_UNAVAILABLE');
  });

  it("retries Forge's FetchError (named FUNCTION_FETCH_ERR) and a timed-out socket (ETIMEDOUT)", async () => {
    const forgeFetchError = Object.assign(new Error('request to jira failed'), { name: 'FUNCTION_FETCH_ERR' });
    const timedOut = Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' });
    const { time, transport, fetch } = setup(sequence(forgeFetchError, timedOut, ok()));
    expect((await time.drive(fetch('/rest/api/3/myself'))).status).toBe(200);
    expect(transport.requests).toHaveLength(3);
  });

  it('recognises network failures thrown from another realm (Node fetch seen from a vm context, as under Jest)', async () => {
    const foreign = runInNewContext('new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) })');
    expect(foreign instanceof Error).toBe(false);
    let calls = 0;
    const { time, transport, fetch } = setup(() => {
      calls += 1;
      if (calls === 1) throw foreign;
      return ok();
    });
    expect((await time.drive(fetch('/rest/api/3/myself'))).status).toBe(200);
    expect(transport.requests).toHaveLength(2);

    const down = setup(() => {
      throw foreign;
    });
    expect((await failure(down.time.drive(down.fetch('/rest/api/3/myself')))).reason).toBe('timeout');
  });

  it('does not retry non-idempotent calls', async () => {
    const { time, transport, fetch } = setup(() => jsonResponse(503));
    const error = await failure(time.drive(fetch('/rest/api/3/issue', { method: 'POST', body: '{}' })));
    expect(error).toMatchObject({ reason: 'server-error', attempts: 1, endpoint: 'POST /rest/api/3/issue' });
    expect(transport.requests).toHaveLength(1);

    const put = setup(() => rateLimited(1, 'jira-per-issue-on-write'));
    await failure(put.time.drive(put.fetch('/rest/api/3/issue/1/properties/x', { method: 'PUT', body: '{}' })));
    expect(put.transport.requests).toHaveLength(1);
    expect(put.time.waits).toEqual([]);
  });

  it('does not retry client errors or bugs in the transport', async () => {
    const bad = setup(() => jsonResponse(400, { errorMessages: ['bad jql'] }));
    expect((await bad.time.drive(bad.fetch('/rest/api/3/search/jql', search))).status).toBe(400);
    expect(bad.transport.requests).toHaveLength(1);

    const bug = setup(() => {
      throw new RangeError('bug');
    });
    await expect(bug.time.drive(bug.fetch('/rest/api/3/myself'))).rejects.toThrow(RangeError);
    expect(bug.transport.requests).toHaveLength(1);
  });

  it('gives up after maxAttempts with a typed error that keeps the cause', async () => {
    const { time, transport, fetch } = setup(() => jsonResponse(500, { errorMessages: ['boom'] }), { maxAttempts: 4 });
    const error = await failure(time.drive(fetch('/rest/api/3/search/jql', search)));
    expect(error).toMatchObject({ reason: 'server-error', attempts: 4 });
    expect(error.cause).toBeInstanceOf(RetryableResponse);
    expect((error.cause as RetryableResponse).status).toBe(500);
    expect(transport.requests).toHaveLength(4);
  });

  it('gives up within the total time budget', async () => {
    const { time, fetch } = setup(() => rateLimited(4, 'jira-burst-based'), { maxAttempts: 50, maxTotalMs: 10_000 });
    const start = time.now;
    const error = await failure(time.drive(fetch('/rest/api/3/search/jql', search)));
    expect(error.reason).toBe('rate-limited');
    expect(time.now - start).toBeLessThanOrEqual(10_000);
  });

  it('fails at once, without sleeping, when Retry-After is beyond the budget', async () => {
    const { time, transport, fetch } = setup(() => rateLimited(3_600, 'jira-quota-global-based'));
    const error = await failure(time.drive(fetch('/rest/api/3/search/jql', search)));
    expect(error.reason).toBe('rate-limited');
    expect(transport.requests).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  it('pauses every endpoint of the client on a quota 429', async () => {
    let searches = 0;
    const { time, transport, fetch } = setup((request) => {
      if (request.path === '/rest/api/3/search/jql' && searches++ === 0) return rateLimited(10, 'jira-quota-tenant-based');
      return ok();
    });
    const start = time.now;
    const first = fetch('/rest/api/3/search/jql', search);
    await time.settle(); // the 429 arrived; the search is now waiting
    const other = fetch('/rest/api/3/field');
    await time.drive(Promise.all([first, other]));

    const fields = transport.requests.find((r) => r.path === '/rest/api/3/field');
    expect(fields!.at - start).toBeGreaterThanOrEqual(10_000);
    for (const r of transport.requests.slice(1)) expect(r.at - start).toBeGreaterThanOrEqual(10_000);
  });

  it('fails other calls fast, without sending them, while a quota pause outlasts their budget', async () => {
    const { time, transport, fetch } = setup((request) =>
      request.path === '/rest/api/3/search/jql' ? rateLimited(600, 'jira-quota-global-based') : ok(),
    );
    await failure(time.drive(fetch('/rest/api/3/search/jql', search)));
    const error = await failure(time.drive(fetch('/rest/api/3/field')));
    expect(error).toMatchObject({ reason: 'rate-limited', attempts: 0, endpoint: 'GET /rest/api/3/field' });
    expect(transport.requests.map((r) => r.path)).toEqual(['/rest/api/3/search/jql']);
    expect(time.waits).toEqual([]);
  });

  it('slows only the endpoint that hit a burst limit', async () => {
    let searches = 0;
    const { time, transport, fetch } = setup((request) => {
      if (request.path === '/rest/api/3/search/jql' && searches++ === 0) return rateLimited(2, 'jira-burst-based');
      return ok();
    });
    const start = time.now;
    const first = fetch('/rest/api/3/search/jql', search);
    await time.settle();
    const fields = fetch('/rest/api/3/field');
    const second = fetch('/rest/api/3/search/jql', search);
    await time.drive(Promise.all([first, fields, second]));

    const at = (path: string) => transport.requests.filter((r) => r.path === path).map((r) => r.at - start);
    expect(at('/rest/api/3/field')).toEqual([0]);
    const searchTimes = at('/rest/api/3/search/jql');
    expect(searchTimes).toHaveLength(3);
    expect(searchTimes[1]).toBeGreaterThanOrEqual(2_000);
    expect(searchTimes[2]).toBeGreaterThanOrEqual(2_000);
    // After a burst, the endpoint's calls are spaced rather than sent back to back.
    expect(Math.abs(searchTimes[2]! - searchTimes[1]!)).toBeGreaterThanOrEqual(250);
  });

  it('does not charge time queued behind our own calls to the retry budget', async () => {
    let calls = 0;
    const time = new FakeTime();
    const transport = recordingFetch(async () => {
      calls += 1;
      if (calls <= 8) {
        await time.sleep(30_000); // eight slow answers hold every slot for 30 s
        return ok();
      }
      return calls === 9 ? rateLimited(1, 'jira-burst-based') : ok();
    }, time);
    const fetch = withRetries(transport, { clock: time.clock, sleep: time.sleep, random: () => 0.5, maxTotalMs: 20_000 });
    const responses = await time.drive(Promise.all(Array.from({ length: 9 }, (_, i) => fetch(`/rest/api/3/issue/${i + 1}`))));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(transport.requests).toHaveLength(10);
  });

  it('keeps at most 8 requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const { time, transport, fetch } = setup(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight -= 1;
      return ok();
    });
    const calls = Array.from({ length: 20 }, (_, i) => fetch(`/rest/api/3/issue/${i + 1}`));
    await time.settle();
    expect(inFlight).toBe(8);
    while (transport.requests.length < 20 || releases.length > 0) {
      releases.splice(0).forEach((release) => release());
      await time.settle();
    }
    const responses: JiraResponse[] = await Promise.all(calls);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(peak).toBe(8);
  });
});

describe('backoff', () => {
  const options = { baseDelayMs: 500, maxBackoffMs: 8_000 };

  it('never waits less than Retry-After, and adds bounded jitter above it', () => {
    for (const random of [0, 0.3, 0.999]) {
      const wait = retryDelayMs(3, 5_000, { ...options, random: () => random });
      expect(wait).toBeGreaterThanOrEqual(5_000 + 1_000);
      expect(wait).toBeLessThanOrEqual(5_000 + 2_000);
    }
  });

  it('caps the exponential step', () => {
    expect(retryDelayMs(30, undefined, { ...options, random: () => 1 })).toBe(8_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-10-01T09:00:00Z');
    expect(parseRetryAfterMs('7', now)).toBe(7_000);
    expect(parseRetryAfterMs('Thu, 01 Oct 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});
