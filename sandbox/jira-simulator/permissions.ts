/**
 * Who is calling and what they may see. The app (asApp) browses every project; a user browses only the projects
 * granted to them. Unpermitted issues are indistinguishable from missing ones, as in Jira.
 */
import { APP_ACCOUNT_ID, type Store, type UserRecord } from './state/store';
import type { Actor } from './types';

export type Caller = { kind: 'app'; accountId: string } | { kind: 'user'; accountId: string; user: UserRecord };

/** undefined when the account is unknown: the request is unauthenticated. */
export function resolveCaller(store: Store, actor: Actor): Caller | undefined {
  if (actor.kind === 'app') return { kind: 'app', accountId: APP_ACCOUNT_ID };
  const user = store.users.get(actor.accountId);
  return user && user.accountType === 'atlassian' ? { kind: 'user', accountId: user.accountId, user } : undefined;
}

export function canBrowse(store: Store, caller: Caller, projectId: string): boolean {
  if (caller.kind === 'app') return true;
  const browse = caller.user.browse;
  if (browse === 'all') return true;
  const project = store.projects.get(projectId);
  return project !== undefined && (browse.includes(project.id) || browse.includes(project.key));
}
