/**
 * What a use case answers when it does not do what was asked: a stable code the resolver passes on, a message a
 * person can read, and for VALIDATION the fields at fault. Expected outcomes travel as these; bugs are thrown.
 */
import { err, type DomainErrorCode, type FieldError, type Result } from '../../domain';
import { isJiraUnavailable } from '../../jira';

export interface Failure {
  code: DomainErrorCode;
  message: string;
  fields?: FieldError[];
}

export type Outcome<T> = Result<T, Failure>;

export function failure(code: DomainErrorCode, message: string, fields?: FieldError[]): { ok: false; error: Failure } {
  return err(fields ? { code, message, fields } : { code, message });
}

export const notFound = (what: string, id: string) =>
  failure('NOT_FOUND', `${what} ${JSON.stringify(id)} was not found. It may have been deleted.`);

/** A VALIDATION failure naming one field, for rules only storage knows (a parent that does not exist). */
export const invalidField = (path: string, message: string) =>
  failure('VALIDATION', `${path}: ${message}`, [{ path, message }]);

export const forbidden = (message: string) => failure('FORBIDDEN', message);

/**
 * Jira not answering (rate limited past the retry budget, 5xx, timeouts) becomes JIRA_UNAVAILABLE, with the cause
 * logged; any other error is not an expected outcome and is thrown on.
 */
export function jiraUnavailable(error: unknown): { ok: false; error: Failure } {
  if (!isJiraUnavailable(error)) throw error;
  console.warn('okr: Jira unavailable:', error.message);
  return failure('JIRA_UNAVAILABLE', 'Jira is not answering right now. Try again in a moment.');
}
