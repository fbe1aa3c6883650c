/** Jira's response conventions: JSON with charset, and errors as an ErrorCollection. */
import type { SimResponse } from '../types';

export const JSON_TYPE = 'application/json;charset=UTF-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function errorBody(
  errorMessages: string[],
  errors: Record<string, string> = {},
): { errorMessages: string[]; errors: Record<string, string> } {
  return { errorMessages, errors };
}

export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): SimResponse {
  return json(status, errorBody(errorMessages, errors), headers);
}

export const NOT_AUTHENTICATED = 'Client must be authenticated to access this resource.';
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
export const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';
