import { fail } from './result';

/**
 * The answer of a handler whose behaviour is not built yet. It says so plainly instead of pretending to work.
 * The web trigger answers it as HTTP 501.
 */
export function notAvailableYet(what: string) {
  return fail('NOT_AVAILABLE_YET', `${what} is not available yet in this version of OKR Rollup for Jira.`);
}
