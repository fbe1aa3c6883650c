/**
 * What Jira hands each UI module: the `extension` context (issue, project, gadget configuration, entry point) and
 * the whole `view.getContext()` answer, built for the acting user from a frame's description. The host decides
 * the context, never the app: a frame may only name an issue or project its user can browse.
 */
import type { ExtensionContext } from '../forge';
import { SANDBOX_SITE } from '../forge';
import type { JiraSimulator } from '../jira-simulator';
import type { DemoUser } from '../demo/users';
import { HttpError } from './http/respond';

/** UI module keys of manifest.yml and their module types (test/sandbox/server checks them against the manifest). */
export const UI_MODULES = {
  'okr-issue-panel': 'jira:issuePanel',
  'okr-issue-context': 'jira:issueContext',
  'okr-gadget': 'jira:dashboardGadget',
  'okr-portfolio': 'jira:globalPage',
  'okr-project-page': 'jira:projectPage',
  'okr-admin-page': 'jira:adminPage',
} as const;

export type UiModuleKey = keyof typeof UI_MODULES;

export const isUiModule = (key: unknown): key is UiModuleKey => typeof key === 'string' && key in UI_MODULES;

/** How a host page describes one of its frames (also the query string of the frame's URL). */
export interface FrameRef {
  moduleKey: UiModuleKey;
  issueKey?: string;
  projectKey?: string;
  gadgetId?: string;
  entryPoint?: 'edit';
}

export const DASHBOARD_ID = '10000';

/** The dashboard's two gadgets. */
export const GADGETS = [
  { id: '10001', title: 'OKR progress: company summary' },
  { id: '10002', title: 'OKR progress' },
] as const;

/** Gadget 10001 comes configured; 10002 is new, so Jira shows its configuration view first. */
export const INITIAL_GADGETS: Readonly<Record<string, Record<string, unknown>>> = { '10001': { view: 'summary' } };
export const SITE_URL = 'https://okr-sandbox.atlassian.net';

export function mayBrowse(user: DemoUser, projectKey: string): boolean {
  return user.browse === 'all' || user.browse.includes(projectKey);
}

export function frameRefFrom(raw: unknown): FrameRef {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (!isUiModule(value.moduleKey)) {
    throw new HttpError(400, 'UNKNOWN_MODULE', `moduleKey must be one of ${Object.keys(UI_MODULES).join(', ')}.`);
  }
  const text = (name: string) =>
    typeof value[name] === 'string' && value[name] !== '' ? (value[name] as string) : undefined;
  const issueKey = text('issueKey');
  const projectKey = text('projectKey');
  const gadgetId = text('gadgetId');
  return {
    moduleKey: value.moduleKey,
    ...(issueKey ? { issueKey } : {}),
    ...(projectKey ? { projectKey } : {}),
    ...(gadgetId ? { gadgetId } : {}),
    ...(value.entryPoint === 'edit' ? { entryPoint: 'edit' as const } : {}),
  };
}

export function extensionFor(
  frame: FrameRef,
  user: DemoUser,
  sim: JiraSimulator,
  gadgets: Record<string, Record<string, unknown>>,
): ExtensionContext {
  const type = UI_MODULES[frame.moduleKey];
  switch (type) {
    case 'jira:issuePanel':
    case 'jira:issueContext': {
      if (!frame.issueKey) throw new HttpError(400, 'MISSING_ISSUE', `${frame.moduleKey} needs an issueKey.`);
      const issue = sim.issue(frame.issueKey);
      if (!issue) throw new HttpError(404, 'ISSUE_NOT_FOUND', `There is no issue ${frame.issueKey}.`);
      if (!mayBrowse(user, issue.projectKey)) {
        throw new HttpError(403, 'FORBIDDEN', `${user.displayName} may not browse ${issue.projectKey}.`);
      }
      return {
        type,
        issue: { id: issue.id, key: issue.key, type: issue.type },
        project: { id: issue.projectId, key: issue.projectKey, type: 'software' },
      };
    }
    case 'jira:projectPage': {
      const project = frame.projectKey ? sim.project(frame.projectKey) : undefined;
      if (!project)
        throw new HttpError(404, 'PROJECT_NOT_FOUND', `There is no project ${frame.projectKey ?? '(none given)'}.`);
      if (!mayBrowse(user, project.key))
        throw new HttpError(403, 'FORBIDDEN', `${user.displayName} may not browse ${project.key}.`);
      return { type, project: { id: project.id, key: project.key, type: 'software' } };
    }
    case 'jira:dashboardGadget': {
      const id = frame.gadgetId ?? 'unknown';
      return {
        type,
        gadget: { id },
        dashboard: { id: DASHBOARD_ID },
        gadgetConfiguration: gadgets[id] ?? {},
        ...(frame.entryPoint === 'edit' ? { entryPoint: 'edit' as const } : {}),
      };
    }
    case 'jira:adminPage':
      if (!user.admin) throw new HttpError(403, 'FORBIDDEN', `${user.displayName} is not a Jira administrator.`);
      return { type };
    case 'jira:globalPage':
      return { type };
  }
}

export function localIdFor(frame: FrameRef): string {
  const suffix = frame.gadgetId ? `/${frame.gadgetId}` : '';
  return `ari:cloud:ecosystem::extension/00000000-0000-4000-8000-000000000000/sandbox/static/${frame.moduleKey}${suffix}`;
}

/** The answer to `view.getContext()`, shaped as static/README.md documents it. */
export function fullContext(frame: FrameRef, user: DemoUser, extension: ExtensionContext) {
  return {
    accountId: user.accountId,
    cloudId: SANDBOX_SITE.cloudId,
    siteUrl: SITE_URL,
    locale: 'en-US',
    timezone: 'UTC',
    moduleKey: frame.moduleKey,
    localId: localIdFor(frame),
    environmentId: 'sandbox',
    environmentType: 'DEVELOPMENT',
    license: { isActive: true },
    extension,
  };
}
