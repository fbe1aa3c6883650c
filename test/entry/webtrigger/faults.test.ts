import { buildMetricsWebtrigger } from '../../../src/entry/metrics-webtrigger';
import type { Services } from '../../../src/services';
import { aPost, captureConsole, metricsHarness, parseBody, quietConsole, signedRequest } from './harness';

quietConsole();

describe('metrics web trigger: a storage fault', () => {
  it('answers a generic 500, logs a redacted line, and a retry with the same id converges', async () => {
    const h = await metricsHarness();
    const failing: Services = {
      ...h.services,
      repos: {
        ...h.services.repos,
        progress: {
          ...h.services.repos.progress,
          save: async () => {
            // A platform error that quotes more than it should.
            throw new Error(`storage refused a value near ${h.secret} (signature ${'ab'.repeat(32)})`);
          },
        },
      },
    };
    const handler = buildMetricsWebtrigger(failing);
    const { result: response, output } = await captureConsole(() => handler(signedRequest(h, aPost())));
    expect(response.statusCode).toBe(500);
    expect(parseBody(response)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('Retry with the same id') },
    });
    expect(response.body).not.toContain('storage refused');
    expect(output).toContain('storage refused');
    expect(output).not.toContain(h.secret);
    expect(output).not.toContain('ab'.repeat(32));

    // The claims were released, so the same post signed afresh goes through and makes everything consistent.
    h.clock.advance(1000);
    const retried = await h.post(aPost());
    expect(parseBody(retried)).toEqual({ ok: true, data: { keyResultId: 'kr-deploys', progress: 0.3875 } });
    expect((await h.services.repos.progress.get('kr-deploys'))?.progress).toBe(0.3875);
  });
});
