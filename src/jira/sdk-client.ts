/**
 * The jira.js `Client` the app uses everywhere (DESIGN decision 2): jira.js builds each request, a `JiraFetch` sends it
 * (Forge's requestJira as app or user, or basic-auth HTTP), and jira.js's zod models check the answer.
 *
 * jira.js only validates inside its own default client, so a custom client has to do it: `onSchemaMismatch` behaves as
 * in jira.js ('warn' in production, where Jira's drift must not take the app down; 'throw' in contract tests).
 */
import {
  ApiError,
  AuthError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  SchemaMismatchError,
  ServerError,
  type Client,
  type SchemaMismatchBehavior,
  type SchemaMismatchReport,
  type SendRequestOptions,
} from 'jira.js/core';
import type { ZodError } from 'zod';
import type { JiraFetch, JiraResponse } from '../platform';
import { isSuccess } from './response';

export interface SdkClientOptions {
  onSchemaMismatch?: SchemaMismatchBehavior;
}

export function createSdkClient(fetch: JiraFetch, options: SdkClientOptions = {}): Client {
  const behavior = options.onSchemaMismatch ?? 'warn';
  const warned = new Set<string>();

  return {
    async sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
      const method = request.method ?? 'GET';
      const url = request.url.startsWith('/') ? request.url : `/${request.url}`;
      const hasBody = request.body !== undefined && request.body !== null;
      const response = await fetch(withSearchParams(url, request.searchParams), {
        method,
        headers: {
          Accept: 'application/json',
          ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
          ...request.headers,
        },
        ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
      });
      const text = await response.text();
      const endpoint = `${method} ${url}`;
      if (!isSuccess(response.status)) throw apiError(endpoint, response, text);
      if (response.status === 204 || text === '') return undefined as T;

      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (cause) {
        throw new SchemaMismatchError(`Expected JSON from ${endpoint}`, { endpoint, issues: [] }, { cause });
      }
      if (!request.schema) return data as T;
      const parsed = request.schema.safeParse(data);
      if (parsed.success) return parsed.data;

      const report: SchemaMismatchReport = { endpoint, issues: describe(parsed.error) };
      if (behavior === 'throw') {
        throw new SchemaMismatchError(`Response did not match the schema for ${endpoint}`, report, {
          cause: parsed.error,
        });
      }
      if (typeof behavior === 'function') behavior(report);
      else if (behavior === 'warn') warnOnce(warned, report);
      return data as T; // unvalidated, as jira.js does: drift in one field must not lose the whole answer
    },
  };
}

/** jira.js's convention: arrays become repeated parameters, objects JSON, undefined is dropped. */
export function withSearchParams(url: string, searchParams: Record<string, unknown> | undefined): string {
  if (!searchParams) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== undefined && item !== null) params.append(key, String(item));
    } else {
      params.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  const query = params.toString();
  return query === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** The same error classes jira.js's own client throws, so callers can use its predicates (`isNotFoundError`...). */
function apiError(endpoint: string, response: JiraResponse, text: string): ApiError {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the raw text
  }
  const message = `Request failed: ${endpoint} answered ${response.status}`;
  switch (response.status) {
    case 401:
      return new AuthError(message, '', body);
    case 403:
      return new ForbiddenError(message, '', body);
    case 404:
      return new NotFoundError(message, '', body);
    case 429: {
      const seconds = Number(response.headers.get('Retry-After'));
      return new RateLimitError(message, '', body, Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {});
    }
    default:
      return response.status >= 500
        ? new ServerError(message, response.status, '', body)
        : new ApiError(message, response.status, '', body);
  }
}

/** Paths and expectations only, never values: responses carry issue summaries and names (jira.js's rule too). */
function describe(error: ZodError): SchemaMismatchReport['issues'] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    expected: issue.code === 'invalid_type' ? String(issue.expected) : issue.code,
    received: issue.message,
  }));
}

function warnOnce(seen: Set<string>, report: SchemaMismatchReport): void {
  const fresh = report.issues.filter((issue) => !seen.has(`${report.endpoint} ${issue.path}`));
  if (fresh.length === 0) return;
  for (const issue of fresh) seen.add(`${report.endpoint} ${issue.path}`);
  console.warn(`jira: response drifted from the schema for ${report.endpoint}`, fresh);
}
