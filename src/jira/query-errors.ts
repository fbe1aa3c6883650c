import { isApiError } from 'jira.js/core';
import { JiraQueryRejectedError } from './errors';

/**
 * A 400 on a search or count means Jira rejected the JQL (a project or version that no longer exists, a typo in a KR's
 * own JQL). That is the KR's problem, not an outage, so it gets its own code with Jira's messages kept.
 */
export function asQueryError(error: unknown, jql: string): unknown {
  if (!isApiError(error) || error.status !== 400) return error;
  const body = error.body as { errorMessages?: unknown } | undefined;
  const messages = Array.isArray(body?.errorMessages) ? body.errorMessages.join('; ') : error.message;
  return new JiraQueryRejectedError(`Jira rejected the query: ${messages}`, jql, { cause: error });
}
