/**
 * Request-body checks shared by the POST routes. Jira's request beans reject properties they do not define
 * (`additionalProperties: false` in the spec), which catches clients sending e.g. `startAt` to /search/jql.
 */
import { INVALID_PAYLOAD, jiraError } from '../http/json';
import type { SimResponse } from '../types';

export type BodyCheck = { ok: true; body: Record<string, unknown> } | { ok: false; response: SimResponse };

export function objectBody(body: unknown, allowed: readonly string[]): BodyCheck {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, response: jiraError(400, [INVALID_PAYLOAD]) };
  }
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    return { ok: false, response: jiraError(400, [`${INVALID_PAYLOAD} Unrecognized field "${unknown[0]}".`]) };
  }
  return { ok: true, body: body as Record<string, unknown> };
}

export function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}
