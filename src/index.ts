/**
 * Forge entry: wires the real Forge platform into createApp and exports only the handlers manifest.yml names.
 * test/manifest/wiring.test.ts checks the two agree.
 */
import api, { assumeTrustedRoute } from '@forge/api';
import { kvs } from '@forge/kvs';
import { Queue } from '@forge/events';
import { createApp } from './app';
import type { JiraFetch, Platform } from './platform';

// Paths come from jira.js, which builds them from encoded parameters, so they are trusted routes.
const asApp: JiraFetch = (path, init) => api.asApp().requestJira(assumeTrustedRoute(path), init);
// Forge's asUser() acts for the invoking user; the account id is implied by the invocation context.
const asUser: JiraFetch = (path, init) => api.asUser().requestJira(assumeTrustedRoute(path), init);

const platform: Platform = {
  kvs,
  jira: { asApp: () => asApp, asUser: () => asUser },
  queue: (key) => new Queue({ key }),
  clock: { now: () => new Date() },
};

const app = createApp(platform);

// UI modules (jira:issuePanel, jira:issueContext, jira:dashboardGadget, jira:globalPage, jira:projectPage,
// jira:adminPage) all call this resolver.
export const resolver = app.resolver;

// trigger: avi:jira:created|updated|deleted:issue
export const onIssueEvent = app.onIssueEvent;

// scheduledTrigger: daily snapshot and reconcile
export const onDailySchedule = app.onDailySchedule;

// consumer: the okr-recompute queue
export const onRecompute = app.onRecompute;

// webtrigger: metric values from outside Jira
export const onMetricsWebtrigger = app.onMetricsWebtrigger;
