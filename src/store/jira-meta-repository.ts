import { z } from 'zod';
import { IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { defineRecordCodec } from './record-codec';

/**
 * What the app has learned about the site's Jira configuration, so issue events need no extra Jira call: the status
 * category of each status id and the hierarchy level of each issue type id (every event payload shows one of each;
 * a changelog names only ids), and the discovered story-points fields.
 */
export const JiraMeta = z.object({
  statusCategories: z.record(z.string(), z.enum(['new', 'indeterminate', 'done'])),
  issueTypeLevels: z.record(z.string(), z.number().int()),
  storyPointFieldIds: z.array(z.string()).optional(),
  storyPointFieldsAt: IsoDateTime.optional(),
});
export type JiraMeta = z.infer<typeof JiraMeta>;

export const EMPTY_JIRA_META: JiraMeta = { statusCategories: {}, issueTypeLevels: {} };

export interface JiraMetaRepository {
  get(): Promise<JiraMeta>;
  /** Last writer wins: two writers learn the same facts, and anything lost is learned again from a later event. */
  save(meta: JiraMeta): Promise<void>;
}

/** One small record read by every issue event: a plain key, no entity needed. */
export const JIRA_META_KEY = 'jira-meta';

export const jiraMetaCodec = defineRecordCodec({ entity: 'jira-meta', schema: JiraMeta, schemaVersion: 1 });

export function createJiraMetaRepository(kvs: Kvs): JiraMetaRepository {
  return {
    async get() {
      const stored = await kvs.get(JIRA_META_KEY);
      return stored === undefined ? EMPTY_JIRA_META : jiraMetaCodec.decode(JIRA_META_KEY, stored);
    },
    async save(meta) {
      await kvs.set(JIRA_META_KEY, jiraMetaCodec.encode(meta));
    },
  };
}
