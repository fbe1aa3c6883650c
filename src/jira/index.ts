/** src/jira: the only code that talks to Jira. Everything else imports from here. */
export type { JiraApi } from './api';
export { createJiraApi } from './api';
export { createJiraClient, type JiraClient, type JiraClientOptions } from './client';
export { createHttpJiraFetch, type HttpJiraFetchOptions } from './http-fetch';
export { createMeter, withMetering, type Meter, type MeterSnapshot, type EndpointUsage } from './metering';
export { withRetries, realSleep, RETRY_DEFAULTS, type RetryOptions } from './retry/retry';
export { createSdkClient, type SdkClientOptions } from './sdk-client';
export {
  JiraUnavailableError,
  JiraQueryRejectedError,
  InvalidJiraInputError,
  isJiraUnavailable,
  type JiraUnavailableReason,
} from './errors';
export { jqlValue, inClause } from './jql/literal';
export { wrapUserJql } from './jql/user-jql';
export { scopeJql, doneJql, targetsClause } from './jql/scope';
export { JQL_LIMITS } from './jql/chunk';
export { DEFAULT_EPIC_TYPE_NAMES, planRefresh, type PlanOptions, type RefreshPlan, type PlannedKr } from './planner';
export { executePlan, type KrRefreshResult, type ExecuteDeps } from './executor';
export { refetchIssues, searchFacts, type RefetchResult } from './issues';
export { fetchChangelogs, type IssueChangelog, type ChangeHistory, type ChangeItem } from './changelogs';
export {
  createFieldDiscovery,
  fieldDiscoveryFor,
  storyPointFieldIds,
  TEAM_MANAGED_STORY_POINTS,
  type FieldDiscovery,
} from './fields';
export type { Target, JiraSource, KeyResultRef, IssueFact, MissingTarget, ReachedIssues, StatusCategory } from './types';
