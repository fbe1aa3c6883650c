import type { KeyResultRepository } from '../../../src/store';
import type { Services } from '../../../src/services';
import { recordMetricValue, type MetricPost } from '../../../src/usecases/metrics/record-metric-value';
import { metricsHarness, type MetricsHarness } from '../../entry/webtrigger/harness';

const post: MetricPost = { id: 'build-7', keyResultId: 'kr-deploys', value: 151 };
const sig = (n: number) => n.toString(16).padStart(64, '0');

describe('recordMetricValue', () => {
  let h: MetricsHarness;
  beforeEach(async () => {
    h = await metricsHarness();
  });

  const source = async () => (await h.services.repos.metricSources.get('ci'))!;

  /** The services with a key-result repository whose next `times` updates race a person saving the KR first. */
  function racing(times: number): Services {
    const real = h.services.repos.keyResults;
    let left = times;
    const keyResults: KeyResultRepository = {
      ...real,
      async update(keyResult) {
        if (left > 0) {
          left -= 1;
          const current = (await real.get(keyResult.id))!;
          await real.update({ ...current, title: `${current.title} (edited ${times - left})` });
        }
        return real.update(keyResult);
      },
    };
    return { ...h.services, repos: { ...h.services.repos, keyResults } };
  }

  it('retries once when a person saved the key result meanwhile, keeping their edit', async () => {
    const recorded = await recordMetricValue(racing(1), { source: await source(), signature: sig(1), post });
    expect(recorded).toEqual({ ok: true, value: { keyResultId: 'kr-deploys', progress: 0.3875, repeated: false } });
    const keyResult = await h.services.repos.keyResults.get('kr-deploys');
    expect(keyResult).toMatchObject({ title: expect.stringContaining('(edited 1)'), version: 3 });
    expect(keyResult?.source).toMatchObject({ current: 151 });
  });

  it('gives up with CONFLICT after a second race, releasing its claims so a retry can succeed', async () => {
    const refused = await recordMetricValue(racing(2), { source: await source(), signature: sig(2), post });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const now = h.clock.now();
    expect(await h.services.repos.metricRequests.getReceipt('ci', post.id, now)).toBeUndefined();
    expect(await h.services.repos.metricRequests.signatureSeen('ci', sig(2), now)).toBe(false);
    expect((await h.services.repos.keyResults.get('kr-deploys'))?.source).toMatchObject({ current: 120 });
    expect(await h.services.repos.progress.get('kr-deploys')).toBeUndefined();

    const retried = await recordMetricValue(h.services, { source: await source(), signature: sig(2), post });
    expect(retried).toMatchObject({ ok: true, value: { progress: 0.3875 } });
  });

  it('of concurrent posts with one id, one writes and the others answer its answer or CONFLICT', async () => {
    const src = await source();
    const answers = await Promise.all(
      [3, 4, 5, 6].map((n) => recordMetricValue(h.services, { source: src, signature: sig(n), post })),
    );
    const written = answers.filter((answer) => answer.ok && !answer.value.repeated);
    expect(written).toHaveLength(1);
    for (const answer of answers) {
      if (answer.ok) expect(answer.value.progress).toBe(0.3875);
      else expect(answer.error.code).toBe('CONFLICT');
    }
    expect((await h.services.repos.keyResults.get('kr-deploys'))?.version).toBe(2);
  });

  it('of concurrent copies of one signed request, one is accepted and the others refused', async () => {
    const src = await source();
    const answers = await Promise.all(
      [1, 2, 3].map(() => recordMetricValue(h.services, { source: src, signature: sig(9), post })),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers) if (!answer.ok) expect(['REPLAYED', 'CONFLICT']).toContain(answer.error.code);
  });

  it('a key result deleted between the read and the write: NOT_FOUND, claims released', async () => {
    const real = h.services.repos.keyResults;
    const keyResults: KeyResultRepository = {
      ...real,
      async update(keyResult) {
        await real.delete(keyResult.id, keyResult.version);
        return real.update(keyResult);
      },
    };
    const services = { ...h.services, repos: { ...h.services.repos, keyResults } };
    const refused = await recordMetricValue(services, { source: await source(), signature: sig(10), post });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.services.repos.metricRequests.getReceipt('ci', post.id, h.clock.now())).toBeUndefined();
  });
});
