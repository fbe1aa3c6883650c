/**
 * The metrics web trigger: metric values for key results from outside Jira (CI, BI, other project tools), signed
 * by a per-source secret. How it authenticates: docs/adr/0008-metrics-webtrigger-auth.md.
 */
import type { Services } from '../services';
import { answer, type MetricsAnswer } from './webtrigger/answers';
import { handleMetricsRequest } from './webtrigger/handle-request';
import { logAnswer, logFault } from './webtrigger/log';
import {
  renderDynamic,
  renderStatic,
  type StaticWebTriggerResponse,
  type WebTriggerResponse,
} from './webtrigger/render';

export type { StaticWebTriggerResponse, WebTriggerResponse };

async function decide(services: Services, request: unknown): Promise<MetricsAnswer> {
  let decided: MetricsAnswer;
  try {
    decided = await handleMetricsRequest(services, request);
  } catch (error) {
    logFault(error);
    decided = answer('internal');
  }
  logAnswer(decided);
  return decided;
}

/** For a `dynamic` web trigger (manifest.yml's default): the success answer carries the new progress. */
export function buildMetricsWebtrigger(services: Services) {
  return async (request: unknown, _context?: unknown): Promise<WebTriggerResponse> =>
    renderDynamic(await decide(services, request));
}

/**
 * For a `static` web trigger, the kind Runs on Atlassian requires: Forge answers with the manifest output named
 * here, whose fixed body is the same as the dynamic one minus the success data (`manifestOutputs()`).
 */
export function buildStaticMetricsWebtrigger(services: Services) {
  return async (request: unknown, _context?: unknown): Promise<StaticWebTriggerResponse> =>
    renderStatic(await decide(services, request));
}

export { manifestOutputs } from './webtrigger/render';
export { METRICS_HEADERS, signMetricRequest } from './webtrigger/signature';
