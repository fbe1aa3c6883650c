/**
 * Errors with stable codes that callers branch on. Use cases keep the last good value and mark it stale on
 * `JIRA_UNAVAILABLE`; `JIRA_QUERY_REJECTED` means the query itself is wrong (a deleted project, bad user JQL), so
 * retrying cannot help and the KR's configuration needs attention.
 */

export type JiraUnavailableReason = 'rate-limited' | 'server-error' | 'timeout';

export class JiraUnavailableError extends Error {
  readonly code = 'JIRA_UNAVAILABLE';
  override readonly name = 'JiraUnavailableError';

  constructor(
    readonly reason: JiraUnavailableReason,
    readonly endpoint: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`Jira unavailable (${reason}) on ${endpoint} after ${attempts} attempt(s)`, options);
  }
}

export class JiraQueryRejectedError extends Error {
  readonly code = 'JIRA_QUERY_REJECTED';
  override readonly name = 'JiraQueryRejectedError';

  constructor(
    message: string,
    readonly jql: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A user-supplied value that cannot be put into JQL or a URL safely (an id that is not one, unbalanced JQL). */
export class InvalidJiraInputError extends Error {
  readonly code = 'INVALID_JIRA_INPUT';
  override readonly name = 'InvalidJiraInputError';
}

export function isJiraUnavailable(error: unknown): error is JiraUnavailableError {
  return error instanceof Error && (error as { code?: unknown }).code === 'JIRA_UNAVAILABLE';
}
