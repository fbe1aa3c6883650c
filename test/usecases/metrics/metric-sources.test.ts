import { bindMetricSource } from '../../../src/usecases/metrics/bind-metric-source';
import { listMetricSources } from '../../../src/usecases/metrics/list-metric-sources';
import { registerMetricSource } from '../../../src/usecases/metrics/register-metric-source';
import { revokeMetricSource } from '../../../src/usecases/metrics/revoke-metric-source';
import { rotateMetricSourceSecret } from '../../../src/usecases/metrics/rotate-metric-source-secret';
import {
  aMetricKeyResult,
  aPost,
  metricsHarness,
  parseBody,
  quietConsole,
  type MetricsHarness,
} from '../../entry/webtrigger/harness';

quietConsole();

describe('metric sources', () => {
  let h: MetricsHarness;
  beforeEach(async () => {
    h = await metricsHarness();
    await h.services.repos.keyResults.create(aMetricKeyResult({ id: 'kr-latency' }));
    await h.services.repos.keyResults.create(
      aMetricKeyResult({
        id: 'kr-jira',
        source: {
          type: 'jira',
          measure: 'count',
          targets: [{ kind: 'epic', issueId: '10001' }],
          includeSubtasks: false,
        },
      }),
    );
  });

  it('register returns a fresh secret once, kept as a kvs secret and never in plain storage', async () => {
    const registered = await registerMetricSource(h.services, {
      sourceId: 'teambition',
      keyResultIds: ['kr-latency', 'kr-latency'],
    });
    expect(registered).toEqual({
      ok: true,
      value: {
        sourceId: 'teambition',
        keyResultIds: ['kr-latency'],
        secret: expect.stringMatching(/^okrsec_[\w-]{43}$/),
      },
    });
    const secret = registered.ok ? registered.value.secret : '';
    expect(secret).not.toBe(h.secret);
    const dump = JSON.parse(h.dump()) as { plain: object; secret: object; entities: object };
    expect(JSON.stringify(dump.plain)).not.toContain(secret);
    expect(JSON.stringify(dump.entities)).not.toContain(secret);
    expect(JSON.stringify(dump.secret)).toContain(secret);
    expect(await h.services.repos.metricSources.get('teambition')).toEqual({
      sourceId: 'teambition',
      keyResultIds: ['kr-latency'],
      createdAt: h.clock.now().toISOString(),
    });
    const posted = await h.post(aPost({ keyResultId: 'kr-latency' }), { sourceId: 'teambition', secret });
    expect(posted.statusCode).toBe(200);
  });

  it('an id that is taken is refused and its working secret is left alone', async () => {
    const before = h.dump();
    const again = await registerMetricSource(h.services, { sourceId: 'ci', keyResultIds: ['kr-latency'] });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(h.dump()).toBe(before);
    expect((await h.post(aPost())).statusCode).toBe(200);
  });

  it.each([
    ['a source id with capitals', { sourceId: 'CI', keyResultIds: ['kr-latency'] }, 'sourceId'],
    ['a source id too short', { sourceId: 'c', keyResultIds: ['kr-latency'] }, 'sourceId'],
    ['no key results', { sourceId: 'bi', keyResultIds: [] }, 'keyResultIds'],
    ['a key result that does not exist', { sourceId: 'bi', keyResultIds: ['kr-none'] }, 'keyResultIds'],
    ['a key result measured by Jira', { sourceId: 'bi', keyResultIds: ['kr-latency', 'kr-jira'] }, 'keyResultIds'],
  ])('register refuses %s, naming the field, and writes nothing', async (_name, input, field) => {
    const before = h.dump();
    const refused = await registerMetricSource(h.services, input);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining(field) },
    });
    expect(h.dump()).toBe(before);
  });

  it('rotate: the old secret stops at once by default', async () => {
    const rotated = await rotateMetricSourceSecret(h.services, { sourceId: 'ci' });
    expect(rotated).toEqual({ ok: true, value: { sourceId: 'ci', secret: expect.stringMatching(/^okrsec_/) } });
    const secret = rotated.ok ? rotated.value.secret : '';
    expect((await h.post(aPost({ id: 'old' }))).statusCode).toBe(401);
    expect((await h.post(aPost({ id: 'new' }), { secret })).statusCode).toBe(200);
    expect((await h.services.repos.metricSources.get('ci'))?.rotatedAt).toBe(h.clock.now().toISOString());
  });

  it('rotate with a grace period: both secrets work until it ends, then only the new one', async () => {
    const rotated = await rotateMetricSourceSecret(h.services, { sourceId: 'ci', keepPreviousForSeconds: 3600 });
    expect(rotated).toMatchObject({ ok: true, value: { previousValidUntil: '2026-11-25T10:00:00.000Z' } });
    const secret = rotated.ok ? rotated.value.secret : '';
    expect((await h.post(aPost({ id: 'old-1' }))).statusCode).toBe(200);
    expect((await h.post(aPost({ id: 'new-1' }), { secret })).statusCode).toBe(200);
    h.clock.advance(3600_000);
    expect(parseBody(await h.post(aPost({ id: 'old-2' })))).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await h.post(aPost({ id: 'new-2' }), { secret })).statusCode).toBe(200);
  });

  it('rotate and revoke refuse an unknown source; rotate refuses a grace period over 7 days', async () => {
    expect(await rotateMetricSourceSecret(h.services, { sourceId: 'bi' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await revokeMetricSource(h.services, { sourceId: 'bi' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await rotateMetricSourceSecret(h.services, { sourceId: 'ci', keepPreviousForSeconds: 7 * 24 * 3600 + 1 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('keepPrevious') } });
  });

  it('revoke: the secret and the registration go, and the source is refused like any unknown one', async () => {
    expect(await revokeMetricSource(h.services, { sourceId: 'ci' })).toEqual({ ok: true, value: { sourceId: 'ci' } });
    expect(await h.services.repos.metricSources.getSecrets('ci')).toBeUndefined();
    expect(await listMetricSources(h.services)).toEqual([]);
    expect(parseBody(await h.post(aPost()))).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('bind replaces the key results a source may write, keeping its secret', async () => {
    expect(await bindMetricSource(h.services, { sourceId: 'ci', keyResultIds: ['kr-latency'] })).toEqual({
      ok: true,
      value: { sourceId: 'ci', keyResultIds: ['kr-latency'] },
    });
    expect(parseBody(await h.post(aPost()))).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await h.post(aPost({ id: 'l-1', keyResultId: 'kr-latency' }))).statusCode).toBe(200);
    expect(await bindMetricSource(h.services, { sourceId: 'ci', keyResultIds: ['kr-jira'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('list shows registrations, never secrets, across pages', async () => {
    for (let i = 0; i < 25; i += 1) {
      const registered = await registerMetricSource(h.services, { sourceId: `src-${i}`, keyResultIds: ['kr-latency'] });
      expect(registered.ok).toBe(true);
    }
    const sources = await listMetricSources(h.services);
    expect(sources).toHaveLength(26);
    expect(JSON.stringify(sources)).not.toContain('okrsec_');
  });
});
