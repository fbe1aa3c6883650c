/**
 * The platform the app runs on, as ports. `src/index.ts` passes the real Forge services; the sandbox and the tests
 * pass emulated ones of the same types, so the production adapters run unchanged everywhere (DESIGN.md, decision 5).
 */
import type { kvs } from '@forge/kvs';
import type { Queue } from '@forge/events';

/** The `@forge/kvs` API, typed from the real package so an emulation cannot drift from it. */
export type Kvs = typeof kvs;

/** What a Jira transport answers: the part of the fetch `Response` that `requestJira` returns and we read. */
export interface JiraResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface JiraRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One Jira identity's fetch, path relative to the site (e.g. `/rest/api/3/search/jql?...`). */
export type JiraFetch = (path: string, init?: JiraRequestInit) => Promise<JiraResponse>;

/** `api.asApp().requestJira` and `api.asUser().requestJira`, reduced to what the app uses. */
export interface JiraPlatform {
  asApp(): JiraFetch;
  /** Requests made with the permissions of this Atlassian account (Forge: the invoking user). */
  asUser(accountId: string): JiraFetch;
}

/** The async-events queue, typed from `@forge/events`. */
export type QueuePort = Pick<Queue, 'push'>;

export interface Clock {
  now(): Date;
}

export interface Platform {
  kvs: Kvs;
  jira: JiraPlatform;
  /** Queues by key, as declared under `modules.consumer` in manifest.yml. */
  queue(key: string): QueuePort;
  clock: Clock;
  /** How retries wait; tests and the sandbox pass one that advances a simulated clock. Default: real timers. */
  sleep?: (ms: number) => Promise<void>;
}
