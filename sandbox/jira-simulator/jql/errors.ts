/**
 * A JQL problem answered as HTTP 400 with Jira's ErrorCollection `{errorMessages: [...], errors: {}}`.
 * Messages copy Jira's wording where it is known; where the simulator lacks a feature Jira has, the message says
 * so plainly instead of pretending the query is wrong or answering a silently wrong result.
 */
export class JqlError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

export function syntaxError(detail: string, pos?: number): JqlError {
  const where = pos === undefined ? '' : ` (line 1, character ${pos + 1})`;
  return new JqlError([`Error in the JQL Query: ${detail}${where}`]);
}

export function unsupported(what: string): JqlError {
  return new JqlError([
    `The Jira simulator does not support ${what} in JQL. Extend sandbox/jira-simulator/jql if the app needs it.`,
  ]);
}

export const UNBOUNDED_MESSAGE =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
