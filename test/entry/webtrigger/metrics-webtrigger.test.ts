import { signMetricRequest } from '../../../src/entry/metrics-webtrigger';
import { aPost, captureConsole, metricsHarness, parseBody, quietConsole, type MetricsHarness } from './harness';

quietConsole();

const UNAUTHORIZED = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: expect.stringContaining('Unknown source or bad signature') },
};

describe('metrics web trigger: a signed post', () => {
  let h: MetricsHarness;
  beforeEach(async () => {
    h = await metricsHarness();
  });

  it('sets the metric and answers the recomputed progress: (151 − 120) / (200 − 120) = 0.3875', async () => {
    const response = await h.post(aPost());
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['Content-Type']).toEqual(['application/json']);
    expect(parseBody(response)).toEqual({ ok: true, data: { keyResultId: 'kr-deploys', progress: 0.3875 } });

    const keyResult = await h.services.repos.keyResults.get('kr-deploys');
    expect(keyResult?.source).toMatchObject({ type: 'metric', current: 151 });
    expect(keyResult?.version).toBe(2);
    expect(keyResult?.updatedAt).toBe(h.clock.now().toISOString());
    const progress = await h.services.repos.progress.get('kr-deploys');
    expect(progress).toMatchObject({ progress: 0.3875, stale: false, asOf: h.clock.now().toISOString() });
    expect(progress?.evidence.metric).toMatchObject({ start: 120, target: 200, current: 151 });
  });

  it('takes `at` as the time the progress is as of', async () => {
    const response = await h.post(aPost({ at: '2026-11-25T08:30:00+01:00', note: 'nightly build' }));
    expect(response.statusCode).toBe(200);
    expect((await h.services.repos.progress.get('kr-deploys'))?.asOf).toBe('2026-11-25T07:30:00.000Z');
  });

  it('accepts a timestamp up to 300 s off and header names in any case', async () => {
    const signedAt = new Date(h.clock.now().getTime() - 300_000);
    const early = await h.post(aPost({ id: 'a' }), { signedAt });
    expect(early.statusCode).toBe(200);
    const late = await h.post(aPost({ id: 'b', value: 160 }), {
      signedAt: new Date(h.clock.now().getTime() + 300_000),
      contentType: 'Application/JSON; charset=utf-8',
    });
    expect(late.statusCode).toBe(200);
    expect(parseBody(late)).toEqual({ ok: true, data: { keyResultId: 'kr-deploys', progress: 0.5 } });
  });
});

describe('metrics web trigger: refusals change nothing', () => {
  let h: MetricsHarness;
  beforeEach(async () => {
    h = await metricsHarness();
  });

  /** Runs a refused call and checks its answer, and that storage saw no write and holds what it held. */
  async function expectRefused(
    call: () => Promise<{ statusCode: number; body?: string }>,
    status: number,
    code: string,
  ) {
    const before = h.dump();
    const writes = h.writes();
    const response = await call();
    expect(response.statusCode).toBe(status);
    const body = JSON.parse(response.body ?? '') as { ok: boolean; error: { code: string; message: string } };
    expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } });
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(h.writes()).toBe(writes);
    expect(h.dump()).toBe(before);
    return body;
  }

  it('unsigned: 401', async () => {
    const body = await expectRefused(
      () =>
        h.send({ method: 'POST', headers: { 'content-type': ['application/json'] }, body: JSON.stringify(aPost()) }),
      401,
      'UNAUTHORIZED',
    );
    expect(body).toEqual(UNAUTHORIZED);
  });

  it('a wrong signature and an unknown source get the very same answer', async () => {
    const wrong = await h.post(aPost(), { secret: 'okrsec_not-the-secret-of-this-source-0000000' });
    const unknown = await h.post(aPost(), { sourceId: 'bi' });
    const malformed = await h.post(aPost(), { headers: { 'x-okr-signature': ['v1=zz'] } });
    for (const response of [wrong, unknown, malformed]) {
      expect(response.statusCode).toBe(401);
      expect(parseBody(response)).toEqual(UNAUTHORIZED);
    }
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers).toEqual(wrong.headers);
    await expectRefused(() => h.post(aPost(), { sourceId: 'bi' }), 401, 'UNAUTHORIZED');
    await expectRefused(() => h.post(aPost(), { secret: 'okrsec_wrong' }), 401, 'UNAUTHORIZED');
  });

  it('a body changed after signing: 401', async () => {
    const signed = signMetricRequest(h.secret, JSON.stringify(aPost({ value: 130 })), h.clock.now());
    await expectRefused(
      () =>
        h.send({
          method: 'POST',
          headers: {
            'content-type': ['application/json'],
            'x-okr-source': ['ci'],
            'x-okr-timestamp': [signed['x-okr-timestamp'] ?? ''],
            'x-okr-signature': [signed['x-okr-signature'] ?? ''],
          },
          body: JSON.stringify(aPost({ value: 199 })),
        }),
      401,
      'UNAUTHORIZED',
    );
  });

  it('a timestamp more than 300 s off: 401 STALE_TIMESTAMP', async () => {
    const now = h.clock.now().getTime();
    await expectRefused(() => h.post(aPost(), { signedAt: new Date(now - 301_000) }), 401, 'STALE_TIMESTAMP');
    await expectRefused(() => h.post(aPost(), { signedAt: new Date(now + 301_000) }), 401, 'STALE_TIMESTAMP');
  });

  it('a replayed signed request: 401 REPLAYED, even after the clock moves within the window', async () => {
    const signedAt = h.clock.now();
    expect((await h.post(aPost(), { signedAt })).statusCode).toBe(200);
    h.clock.advance(120_000);
    await expectRefused(() => h.post(aPost(), { signedAt }), 401, 'REPLAYED');
    // Past the window the same request is stale, whatever became of its nonce.
    h.clock.advance(600_000);
    await expectRefused(() => h.post(aPost(), { signedAt }), 401, 'STALE_TIMESTAMP');
  });

  it('a body over 16 KB: 413', async () => {
    const body = JSON.stringify(aPost({ note: 'x'.repeat(16 * 1024) }));
    await expectRefused(() => h.post(body), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('not JSON, or JSON that is not an object: 400 INVALID_JSON', async () => {
    await expectRefused(() => h.post('{"id": "b-1", "keyResultId":'), 400, 'INVALID_JSON');
    await expectRefused(() => h.post('[1,2]'), 400, 'INVALID_JSON');
    await expectRefused(() => h.post('null'), 400, 'INVALID_JSON');
    await expectRefused(() => h.post(''), 400, 'INVALID_JSON');
  });

  it.each([
    ['value missing', { value: undefined }, 'value:'],
    ['value a string', { value: '151' }, 'value:'],
    ['value not finite (1e999 parses to Infinity)', '{"id":"b-1","keyResultId":"kr-deploys","value":1e999}', 'value:'],
    ['id missing', { id: undefined }, 'id, keyResultId:'],
    ['id with a key separator', { id: 'a#b' }, 'id, keyResultId:'],
    ['keyResultId empty', { keyResultId: '' }, 'id, keyResultId:'],
    ['at not a date-time', { at: 'yesterday' }, 'at:'],
    ['at in the future', { at: '2026-11-25T09:05:01Z' }, 'at:'],
    ['note too long', { note: 'n'.repeat(501) }, 'note:'],
    ['an unknown field', { vaule: 3 }, 'body:'],
  ])('%s: 400 VALIDATION naming the field', async (_name, change, field) => {
    const body = typeof change === 'string' ? change : aPost(change);
    const refused = await expectRefused(() => h.post(body), 400, 'VALIDATION');
    expect(refused.error.message.startsWith(field)).toBe(true);
  });

  it('a method other than POST: 405 with Allow: POST', async () => {
    const response = await h.post(aPost(), { method: 'GET' });
    expect(response.headers?.Allow).toEqual(['POST']);
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'] as const) {
      await expectRefused(() => h.post(aPost(), { method }), 405, 'METHOD_NOT_ALLOWED');
    }
  });

  it('no JSON content type: 415', async () => {
    await expectRefused(() => h.post(aPost(), { contentType: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(() => h.post(aPost(), { contentType: null }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a key result the source is not bound to: 403, whether or not it exists', async () => {
    const other = await h.services.repos.keyResults.create({
      ...(await h.services.repos.keyResults.get('kr-deploys'))!,
      id: 'kr-other',
      version: 0,
    });
    expect(other.ok).toBe(true);
    await expectRefused(() => h.post(aPost({ keyResultId: 'kr-other' })), 403, 'FORBIDDEN');
    await expectRefused(() => h.post(aPost({ keyResultId: 'kr-nowhere' })), 403, 'FORBIDDEN');
  });

  it('a bound key result that was deleted: 404', async () => {
    expect((await h.services.repos.keyResults.delete('kr-deploys', 1)).ok).toBe(true);
    await expectRefused(() => h.post(aPost()), 404, 'NOT_FOUND');
  });

  it('a bound key result that is no longer measured by a metric: 409 NOT_A_METRIC', async () => {
    const keyResult = (await h.services.repos.keyResults.get('kr-deploys'))!;
    const changed = await h.services.repos.keyResults.update({
      ...keyResult,
      source: { type: 'milestones', items: [{ id: 'm-1', title: 'Pipeline live', done: false }] },
    });
    expect(changed.ok).toBe(true);
    await expectRefused(() => h.post(aPost()), 409, 'NOT_A_METRIC');
  });

  it('a bound key result whose objective was closed at period close: 409 KEY_RESULT_CLOSED, its value stays', async () => {
    const keyResult = (await h.services.repos.keyResults.get('kr-deploys'))!;
    const closed = await h.services.repos.objectives.create({
      id: keyResult.objectiveId,
      title: 'Ship faster',
      periodId: '2026-Q4',
      level: 'team',
      ownerIds: ['557058:owner'],
      state: 'closed',
      grade: 0,
      version: 0,
      createdAt: '2026-10-01T09:00:00Z',
      updatedAt: '2026-11-20T09:00:00Z',
    });
    expect(closed.ok).toBe(true);
    await expectRefused(() => h.post(aPost()), 409, 'KEY_RESULT_CLOSED');
    expect(await h.services.repos.keyResults.get('kr-deploys')).toEqual(keyResult);
    expect(await h.services.repos.progress.get('kr-deploys')).toBeUndefined();
  });

  it('a repeated auth header is refused rather than guessed at', async () => {
    await expectRefused(() => h.post(aPost(), { headers: { 'x-okr-source': ['ci', 'bi'] } }), 401, 'UNAUTHORIZED');
  });
});

describe('metrics web trigger: idempotent by id', () => {
  let h: MetricsHarness;
  beforeEach(async () => {
    h = await metricsHarness();
  });

  it('the same id and body, signed afresh, answer the first answer again without writing', async () => {
    const first = await h.post(aPost());
    h.clock.advance(30_000);
    const before = h.dump();
    const writes = h.writes();
    // Same fields in another order and spacing: the same post.
    const again = await h.post('{ "value": 151, "keyResultId": "kr-deploys", "id": "build-1042" }');
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(h.writes()).toBe(writes);
    expect(h.dump()).toBe(before);
  });

  it('the same id with another body: 409 IDEMPOTENCY_CONFLICT, nothing changed', async () => {
    await h.post(aPost());
    const before = h.dump();
    const response = await h.post(aPost({ value: 180 }));
    expect(response.statusCode).toBe(409);
    expect(parseBody(response)).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_CONFLICT' } });
    expect(h.dump()).toBe(before);
    expect((await h.services.repos.keyResults.get('kr-deploys'))?.source).toMatchObject({ current: 151 });
  });

  it('an id is remembered for 24 hours, then free again', async () => {
    await h.post(aPost());
    h.clock.advance(24 * 3600 * 1000 + 1000);
    const response = await h.post(aPost({ value: 200 }));
    expect(parseBody(response)).toEqual({ ok: true, data: { keyResultId: 'kr-deploys', progress: 1 } });
  });

  it('a new value under a new id moves the metric; a repeated value does not bump the version', async () => {
    await h.post(aPost());
    await h.post(aPost({ id: 'build-1043', value: 151 }));
    expect((await h.services.repos.keyResults.get('kr-deploys'))?.version).toBe(2);
    const response = await h.post(aPost({ id: 'build-1044', value: 100 }));
    expect(parseBody(response)).toEqual({ ok: true, data: { keyResultId: 'kr-deploys', progress: 0 } });
    expect((await h.services.repos.keyResults.get('kr-deploys'))?.version).toBe(3);
  });
});

describe('metrics web trigger: secrets stay secret', () => {
  it('no response and no log line carries the secret, whatever the outcome', async () => {
    const { result: responses, output } = await captureConsole(async () => {
      const h = await metricsHarness();
      const secretPart = h.secret.slice('okrsec_'.length);
      const all = [
        await h.post(aPost()),
        await h.post(aPost()),
        await h.post(aPost({ value: 99 })),
        await h.post(aPost({ id: 'n-1', keyResultId: 'kr-elsewhere' })),
        await h.post(aPost({ id: 'n-2' }), { secret: h.secret.toUpperCase() }),
        await h.post(`{"id":"${h.secret}"}`),
        await h.post(aPost({ note: h.secret, id: 'n-3' }), { contentType: 'text/plain' }),
        await h.post(aPost(), { method: 'GET' }),
      ];
      return { h, secretPart, all };
    });
    const { h, secretPart, all } = responses;
    expect(output).toContain('okr: metrics web trigger');
    for (const text of [output, ...all.map((response) => JSON.stringify(response))]) {
      expect(text).not.toContain(h.secret);
      expect(text).not.toContain(secretPart);
    }
  });
});
