/**
 * A faithful in-process Jira Cloud (REST v3 subset, JQL, permissions, changelogs, Forge issue events, rate limits
 * and faults) for tests, benchmarks and the local sandbox. See README.md beside this file.
 */
export { createJiraSimulator } from './simulator';
export { DEFAULT_REALISM, SimulatedTimeoutError } from './realism';
export { REMOVED_SEARCH_MESSAGE } from './routes/removed';
export { UNBOUNDED_MESSAGE } from './jql/errors';
export { APP_ACCOUNT_ID } from './state/store';
export type * from './types';
