/**
 * One Jira client per identity (app, a user, or basic auth): transport → metering → retries → jira.js.
 *
 * Metering is innermost so each attempt Jira receives is counted; retries wrap it; jira.js sits on top and only ever
 * sees final answers. A meter may be shared by several clients (asApp and asUser in one run) to total a run's cost.
 */
import type { SchemaMismatchBehavior } from 'jira.js/core';
import type { Clock, JiraFetch } from '../platform';
import { createJiraApi, type JiraApi } from './api';
import { createMeter, withMetering, type Meter } from './metering';
import { realSleep, withRetries, type RetryOptions } from './retry/retry';
import { createSdkClient } from './sdk-client';

export interface JiraClientOptions {
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
  meter?: Meter;
  onSchemaMismatch?: SchemaMismatchBehavior;
  retry?: Omit<RetryOptions, 'clock' | 'sleep'>;
}

export interface JiraClient {
  api: JiraApi;
  meter: Meter;
}

export function createJiraClient(transport: JiraFetch, options: JiraClientOptions): JiraClient {
  const meter = options.meter ?? createMeter();
  const fetch = withRetries(withMetering(transport, meter), {
    ...options.retry,
    clock: options.clock,
    sleep: options.sleep ?? realSleep,
  });
  const sdk = createSdkClient(fetch, { onSchemaMismatch: options.onSchemaMismatch ?? 'warn' });
  return { api: createJiraApi(sdk), meter };
}
