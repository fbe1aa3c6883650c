/**
 * Counts Jira calls and API points per run. It sits directly on the transport, under the retries, so every attempt Jira
 * actually receives is counted: Jira bills each one, and benchmarks must see what a retry storm costs.
 *
 * Points follow Jira's published model: a read costs 1 + the issues it returns, a write costs 1.
 */
import type { JiraFetch } from '../platform';
import { endpointKey, isReadLike, pathOnly } from './endpoint';
import { bufferedResponse, isSuccess } from './response';

export interface EndpointUsage {
  calls: number;
  points: number;
}

export interface MeterSnapshot {
  calls: number;
  points: number;
  reads: number;
  writes: number;
  /** Responses that were 429: how often this run hit a rate limit. */
  rateLimited: number;
  byEndpoint: Record<string, EndpointUsage>;
}

export interface Meter {
  record(endpoint: string, points: number, kind: 'read' | 'write', status: number): void;
  snapshot(): MeterSnapshot;
  reset(): void;
}

export function createMeter(): Meter {
  let state = empty();
  return {
    record(endpoint, points, kind, status) {
      state.calls += 1;
      state.points += points;
      if (kind === 'read') state.reads += 1;
      else state.writes += 1;
      if (status === 429) state.rateLimited += 1;
      const usage = (state.byEndpoint[endpoint] ??= { calls: 0, points: 0 });
      usage.calls += 1;
      usage.points += points;
    },
    snapshot() {
      return structuredClone(state);
    },
    reset() {
      state = empty();
    },
  };
}

function empty(): MeterSnapshot {
  return { calls: 0, points: 0, reads: 0, writes: 0, rateLimited: 0, byEndpoint: {} };
}

/** How many issues a read returned, from the body; the endpoints that return issues each nest them differently. */
export function issuesReturned(path: string, body: string): number {
  const route = pathOnly(path);
  const listKey =
    route === '/rest/api/3/changelog/bulkfetch'
      ? 'issueChangeLogs'
      : route === '/rest/api/3/search/jql' || route === '/rest/api/3/issue/bulkfetch'
        ? 'issues'
        : undefined;
  if (listKey === undefined || body === '') return 0;
  try {
    const parsed: unknown = JSON.parse(body);
    const list = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[listKey] : undefined;
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return 0; // an unparseable body returned no issues; the layer above reports the parse failure
  }
}

export function withMetering(inner: JiraFetch, meter: Meter): JiraFetch {
  return async (path, init) => {
    const endpoint = endpointKey(init?.method, path);
    const read = isReadLike(init?.method, path);
    let response;
    try {
      response = await inner(path, init);
    } catch (error) {
      // No response: Jira may or may not have seen it; count the call, bill the minimum.
      meter.record(endpoint, 1, read ? 'read' : 'write', 0);
      throw error;
    }
    if (!read) {
      meter.record(endpoint, 1, 'write', response.status);
      return response;
    }
    const text = await response.text();
    const points = 1 + (isSuccess(response.status) ? issuesReturned(path, text) : 0);
    meter.record(endpoint, points, 'read', response.status);
    return bufferedResponse(response, text);
  };
}
