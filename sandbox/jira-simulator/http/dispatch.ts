/**
 * One request through the simulated Jira: authenticate, route, apply realism (latency, faults, rate limits),
 * run the handler, meter the cost. Transport-neutral: the in-process fetch and the HTTP face both call this.
 */
import { JqlError } from '../jql/errors';
import type { RecordingMeter } from '../meter';
import { canBrowse, resolveCaller } from '../permissions';
import { SimulatedTimeoutError, type RealismEngine } from '../realism';
import type { Site } from '../render/entities';
import { ROUTES } from '../routes';
import { JiraInputError, type Mutations } from '../state/mutations';
import type { Store } from '../state/store';
import type { Timeline } from '../state/timeline';
import type { SimRequest, SimResponse } from '../types';
import { INVALID_PAYLOAD, jiraError, NOT_AUTHENTICATED } from './json';
import { createRouter } from './router';

export interface DispatchDeps {
  store: Store;
  mutations: Mutations;
  timeline: Timeline;
  site: Site;
  realism: RealismEngine;
  meter: RecordingMeter;
  now(): Date;
}

const route = createRouter(ROUTES);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseBody(raw: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/** `apiToken`: the request came with basic auth (API token), which Jira exempts from the points quota. */
export async function dispatch(deps: DispatchDeps, req: SimRequest, apiToken: boolean): Promise<SimResponse> {
  const method = req.method.toUpperCase();
  const url = new URL(req.path, deps.site.url);
  const match = route(method, url.pathname);
  const endpoint = `${method} ${match.kind === 'route' ? match.route.template : url.pathname}`;
  const caller = resolveCaller(deps.store, req.as);
  const r = deps.realism.realism;
  if (r.latencyMs > 0) await sleep(r.latencyMs);
  if (!caller) {
    deps.meter.record(endpoint, 0);
    return jiraError(401, [NOT_AUTHENTICATED]);
  }
  const quotaApplies = !apiToken || r.quotaAppliesToApiTokens;
  const verdict = deps.realism.admit(endpoint, quotaApplies);
  if (verdict.kind === 'timeout') {
    deps.meter.record(endpoint, 0);
    await sleep(r.timeoutMs);
    throw new SimulatedTimeoutError(r.timeoutMs);
  }
  if (verdict.kind === 'respond') {
    deps.meter.record(endpoint, 0);
    return verdict.response;
  }
  let response: SimResponse;
  let issues = 0;
  if (match.kind === 'not-found') {
    response = jiraError(404, [`No Jira REST resource at ${method} ${url.pathname}.`]);
  } else if (match.kind === 'method-not-allowed') {
    response = jiraError(405, [`Method ${method} is not allowed on ${url.pathname}.`]);
  } else {
    const body = parseBody(req.body);
    if (!body.ok) {
      response = jiraError(400, [INVALID_PAYLOAD]);
    } else {
      try {
        const result = match.route.handler({
          store: deps.store,
          mutations: deps.mutations,
          timeline: deps.timeline,
          site: deps.site,
          realism: r,
          now: deps.now(),
          caller,
          canBrowse: (projectId) => canBrowse(deps.store, caller, projectId),
          params: match.params,
          query: url.searchParams,
          body: body.value,
        });
        response = result.response;
        issues = result.issues ?? 0;
      } catch (e) {
        if (e instanceof JqlError) response = jiraError(400, e.messages);
        else if (e instanceof JiraInputError) response = jiraError(400, e.errorMessages, e.errors);
        else throw e;
      }
    }
  }
  const points = 1 + issues;
  deps.meter.record(endpoint, points);
  const extra = deps.realism.charge(points, quotaApplies);
  return { ...response, headers: { ...response.headers, ...extra } };
}
