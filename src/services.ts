/**
 * The services every handler shares, built once per invocation environment from the platform: repositories over
 * kvs, metered Jira clients per identity, the recompute queue and the clock. Entry points receive this object;
 * nothing below src/entry builds its own.
 */
import { createJiraClient, createMeter, type JiraClient, type Meter } from './jira';
import type { Clock, Platform, QueuePort } from './platform';
import { createRepositories, type Repositories } from './store';

/** The async-events queue key declared under `modules.consumer` in manifest.yml. */
export const RECOMPUTE_QUEUE = 'okr-recompute';

export interface Services {
  platform: Platform;
  repos: Repositories;
  clock: Clock;
  /** Jira as the app: for rollups (counts may include issues a viewer cannot browse). */
  jiraAsApp(): JiraClient;
  /** Jira as the viewing user: for anything that shows issue keys or summaries. */
  jiraAsUser(accountId: string): JiraClient;
  /** One meter for every Jira call made through these services, whichever identity. */
  meter: Meter;
  recomputeQueue: QueuePort;
}

export function createServices(platform: Platform): Services {
  const meter = createMeter();
  const clientOptions = { clock: platform.clock, meter, ...(platform.sleep ? { sleep: platform.sleep } : {}) };
  let asApp: JiraClient | undefined;
  return {
    platform,
    repos: createRepositories(platform.kvs),
    clock: platform.clock,
    jiraAsApp: () => (asApp ??= createJiraClient(platform.jira.asApp(), clientOptions)),
    jiraAsUser: (accountId) => createJiraClient(platform.jira.asUser(accountId), clientOptions),
    meter,
    recomputeQueue: platform.queue(RECOMPUTE_QUEUE),
  };
}
