import { z } from 'zod';
import type { Kvs } from '../platform';
import { createTtlCache, type TtlCache } from './ttl-cache';

/**
 * What the issue panel needs to know about an issue to find the key results it feeds: its parent, project and fix
 * versions. Fetched as the viewing user, so a cached route also records that this viewer could see the issue.
 */
export const IssueRoute = z.object({
  issueId: z.string(),
  key: z.string(),
  /** 1 epic, 0 standard, -1 sub-task. */
  hierarchyLevel: z.number().int(),
  parentId: z.string().optional(),
  /** For a sub-task: its parent's parent, the epic it feeds through (KRs that include sub-tasks count it). */
  epicId: z.string().optional(),
  projectId: z.string(),
  versionIds: z.array(z.string()),
});
export type IssueRoute = z.infer<typeof IssueRoute>;

/** How long each cached answer may be served. Short where a change matters (permissions, re-parenting). */
export const CACHE_TTL_SECONDS = {
  /** An issue re-parented in Jira shows its old epic's key results for at most this long. */
  issueRoute: 300,
  /** A revoked Jira admin keeps editing rights for at most this long. */
  adminFlag: 120,
  displayName: 3600,
} as const;

export interface ViewCaches {
  /** By `issueId:accountId`: one entry per viewer, since the fetch also proves that viewer may browse the issue. */
  issueRoutes: TtlCache<IssueRoute>;
  /** Whether an account holds Jira's ADMINISTER global permission, by account id. */
  adminFlags: TtlCache<boolean>;
  /** Display names by account id. */
  displayNames: TtlCache<string>;
}

export const issueRouteCacheKey = (issueId: string, accountId: string): string => `${issueId}:${accountId}`;

export function createViewCaches(kvs: Kvs): ViewCaches {
  return {
    issueRoutes: createTtlCache(kvs, {
      prefix: 'issue-route',
      schema: IssueRoute,
      ttlSeconds: CACHE_TTL_SECONDS.issueRoute,
    }),
    adminFlags: createTtlCache(kvs, { prefix: 'admin', schema: z.boolean(), ttlSeconds: CACHE_TTL_SECONDS.adminFlag }),
    displayNames: createTtlCache(kvs, {
      prefix: 'display-name',
      schema: z.string(),
      ttlSeconds: CACHE_TTL_SECONDS.displayName,
    }),
  };
}
