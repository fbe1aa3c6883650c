import { validate } from '@forge/manifest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildStaticMetricsWebtrigger, manifestOutputs } from '../../../src/entry/metrics-webtrigger';
import { ANSWERS, fixedBody, type AnswerKey } from '../../../src/entry/webtrigger/answers';
import { aPost, metricsHarness, quietConsole, signedRequest } from './harness';

quietConsole();

/** A manifest holding only this web trigger, so the validator judges its `response` and nothing else. */
async function validateWebtrigger(response: unknown) {
  const directory = mkdtempSync(join(tmpdir(), 'webtrigger-'));
  mkdirSync(join(directory, 'src'));
  writeFileSync(join(directory, 'src', 'index.js'), 'exports.onMetricsWebtrigger = () => undefined;\n');
  const manifest = {
    modules: {
      webtrigger: [{ key: 'okr-metrics-webtrigger', function: 'metrics-webtrigger', response }],
      function: [{ key: 'metrics-webtrigger', handler: 'index.onMetricsWebtrigger' }],
    },
    app: { id: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000', runtime: { name: 'nodejs22.x' } },
    permissions: { scopes: ['storage:app'] },
  };
  const file = join(directory, 'manifest.yml');
  writeFileSync(file, stringify(JSON.parse(JSON.stringify(manifest))));
  return validate(false, file);
}

describe('the metrics web trigger as a static web trigger (Runs on Atlassian)', () => {
  it('has one manifest output per answer, within Forge’s limits, with the dynamic bodies minus success data', () => {
    const outputs = manifestOutputs();
    expect(outputs.length).toBeLessThanOrEqual(20);
    expect(new Set(outputs.map((output) => output.key)).size).toBe(outputs.length);
    for (const output of outputs) {
      expect(output.body.length).toBeLessThanOrEqual(1024);
      expect(output.statusCode).toBe(ANSWERS[output.key].statusCode);
      expect(JSON.parse(output.body)).toEqual(fixedBody(output.key));
    }
  });

  it('passes the Forge manifest validator as `response: {type: static, outputs}`', async () => {
    const result = await validateWebtrigger({ type: 'static', outputs: manifestOutputs() });
    expect(result.errors ?? []).toEqual([]);
  });

  it('is a real check: 21 outputs fail', async () => {
    const outputs = manifestOutputs();
    const result = await validateWebtrigger({ type: 'static', outputs: [...outputs, { ...outputs[0], key: 'x' }] });
    expect(result.success).toBe(false);
  });

  it('answers with the output key Forge maps to the fixed response', async () => {
    const h = await metricsHarness();
    const handler = buildStaticMetricsWebtrigger(h.services);
    expect(await handler(signedRequest(h, aPost()))).toEqual({ outputKey: 'ok' });
    expect(await handler(signedRequest(h, aPost()))).toEqual({ outputKey: 'replayed' satisfies AnswerKey });
    expect(await handler({ method: 'GET' })).toEqual({ outputKey: 'method-not-allowed' });
    expect((await h.services.repos.progress.get('kr-deploys'))?.progress).toBe(0.3875);
  });

  it('if manifest.yml declares it static, its outputs are exactly these', () => {
    const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8'));
    const declared = manifest.modules.webtrigger.find(
      (module: { key: string }) => module.key === 'okr-metrics-webtrigger',
    );
    expect(declared).toBeDefined();
    if (declared.response?.type === 'static') expect(declared.response.outputs).toEqual(manifestOutputs());
  });
});
