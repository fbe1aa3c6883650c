/**
 * Step one of every resolver: who is asking, and may they ask this at all. The account comes from the Forge invocation
 * context (`req.context.accountId`), never from a payload. Rules by key:
 *
 * - `member`: any signed-in user of a licensed installation (reads; object-level edit rights are checked by the use
 *   case against the objective: its owners and Jira admins).
 * - `browser`: a member who may browse at least one Jira project (creating an objective: someone who sees no Jira
 *   work has no business planning it). One `mypermissions` call as the user.
 * - `admin`: a Jira administrator (ADMINISTER global permission), for site settings.
 *
 * Whether an account is a Jira admin is asked of Jira as that user and cached per account for a short while
 * (CACHE_TTL_SECONDS.adminFlag), and at most once per invocation.
 */
import { ok, type Result } from '../domain';
import type { Services } from '../services';
import type { Caller } from '../usecases/objectives/caller';
import { failure, type Failure } from '../usecases/objectives/failure';

export type Access = 'member' | 'browser' | 'admin';

/** What @forge/resolver hands a resolver function as `context` (the part read here). */
export interface ResolverContext {
  accountId?: unknown;
  license?: { isActive?: unknown } | undefined;
  [key: string]: unknown;
}

export async function authorize(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser'>,
  context: ResolverContext | undefined,
  access: Access,
): Promise<Result<Caller, Failure>> {
  const accountId = context?.accountId;
  if (typeof accountId !== 'string' || accountId.trim() === '') {
    return failure('FORBIDDEN', 'Sign in to Jira to use OKR Rollup.');
  }
  // Forge omits the license in development and for free apps; only an explicit "inactive" is refused.
  if (context?.license?.isActive === false) {
    return failure('FORBIDDEN', 'OKR Rollup is not licensed on this site.');
  }
  const caller = callerFor(services, accountId);
  if (access === 'admin' && !(await caller.isAdmin())) {
    return failure('FORBIDDEN', 'Only Jira administrators may change the OKR Rollup settings.');
  }
  if (access === 'browser' && !(await hasPermission(services, accountId, 'BROWSE_PROJECTS'))) {
    return failure('FORBIDDEN', 'Only people who may browse a Jira project may create objectives.');
  }
  return ok(caller);
}

export function callerFor(services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser'>, accountId: string): Caller {
  let admin: Promise<boolean> | undefined;
  return {
    accountId,
    isAdmin: () =>
      (admin ??= cachedAdmin(services, accountId).catch((error: unknown) => {
        admin = undefined;
        throw error;
      })),
  };
}

async function cachedAdmin(services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser'>, accountId: string) {
  const cache = services.repos.caches.adminFlags;
  const cached = await cache.get(accountId, services.clock.now());
  if (cached !== undefined) return cached;
  const admin = await hasPermission(services, accountId, 'ADMINISTER');
  await cache.set(accountId, admin, services.clock.now());
  return admin;
}

async function hasPermission(
  services: Pick<Services, 'jiraAsUser'>,
  accountId: string,
  permission: 'ADMINISTER' | 'BROWSE_PROJECTS',
): Promise<boolean> {
  const answer = await services.jiraAsUser(accountId).api.getMyPermissions({ permissions: permission });
  return answer.permissions?.[permission]?.havePermission === true;
}
