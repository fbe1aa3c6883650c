import fc from 'fast-check';
import { signMetricRequest } from '../../../src/entry/metrics-webtrigger';
import { ANSWERS } from '../../../src/entry/webtrigger/answers';
import { aPost, metricsHarness, quietConsole, type MetricsHarness } from './harness';

quietConsole();

const REFUSALS = new Set(Object.values(ANSWERS).map((answer) => answer.statusCode));

const headerName = fc.oneof(
  fc.constantFrom('x-okr-source', 'X-OKR-Timestamp', 'x-okr-signature', 'content-type', 'Content-Type', 'host'),
  fc.string({ maxLength: 20 }),
);
const headerValue = fc.oneof(
  fc.constantFrom('ci', 'bi', 'application/json', 'v1=', `v1=${'0'.repeat(64)}`, '1795597200', '-1', ''),
  fc.string({ maxLength: 80 }),
  fc.integer().map(String),
);
const headers = fc.dictionary(
  headerName,
  fc.oneof(fc.array(headerValue, { maxLength: 3 }), headerValue, fc.anything()),
  {
    maxKeys: 6,
  },
);
const method = fc.oneof(
  { arbitrary: fc.constant('POST'), weight: 4 },
  fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'post'),
  fc.string(),
  fc.anything(),
);
/** Mostly with a JSON content type, so most requests get as far as authentication. */
const unsignedHeaders = fc
  .tuple(headers, fc.boolean())
  .map(([random, json]) => (json ? { ...random, 'content-type': ['application/json'] } : random));

/** Bodies from garbage to nearly right: a valid post with one field swapped for anything. */
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ''),
  fc
    .record({
      field: fc.constantFrom('id', 'keyResultId', 'value', 'at', 'note', 'extra'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 600 }), fc.double()),
    })
    .map(({ field, value }) => JSON.stringify(aPost({ [field]: value }))),
  fc.string({ minLength: 16 * 1024 - 10, maxLength: 16 * 1024 + 10 }),
);

describe('metrics web trigger under fuzzing', () => {
  let h: MetricsHarness;
  beforeAll(async () => {
    h = await metricsHarness();
  });

  /** The handler itself (not the invoker, which would hide a throw as a 500) answers a fixed refusal. */
  async function expectSafeRefusal(request: unknown) {
    const before = h.dump();
    const writes = h.writes();
    const response = await h.app.onMetricsWebtrigger(request);
    expect(response.statusCode).not.toBe(500);
    if (response.statusCode === 200) return true;
    expect(REFUSALS.has(response.statusCode)).toBe(true);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: expect.any(String), message: expect.any(String) },
    });
    expect(h.writes()).toBe(writes);
    expect(h.dump()).toBe(before);
    return false;
  }

  it('anything at all, unsigned: a fixed refusal, no exception, no stored change', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            arbitrary: fc.record({
              method,
              headers: unsignedHeaders,
              body,
              path: fc.string(),
              queryParameters: fc.anything(),
            }),
            weight: 5,
          },
          fc.anything(),
        ),
        async (request) => {
          expect(await expectSafeRefusal(request)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('correctly signed random bodies: a fixed refusal unless the body is a valid post', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, headers, async (text, extra) => {
        const signed = signMetricRequest(h.secret, text, h.clock.now());
        const request = {
          method: 'POST',
          body: text,
          headers: {
            ...extra,
            'content-type': ['application/json'],
            'x-okr-source': ['ci'],
            'x-okr-timestamp': [signed['x-okr-timestamp']],
            'x-okr-signature': [signed['x-okr-signature']],
          },
        };
        if (await expectSafeRefusal(request)) accepted += 1;
        h.clock.advance(1000);
      }),
      { numRuns: 300 },
    );
    // Nearly all of them are refused; the few valid ones prove the signature was right.
    expect(accepted).toBeLessThan(150);
  });
});
