/**
 * The Forge issue-event payload (`avi:jira:created|updated|deleted:issue`) as far as the rollup reads it: the thin
 * issue and, for updates, the changelog of that one change. Unknown fields are allowed (Jira adds them freely);
 * sizes are bounded so a hostile or broken payload is refused instead of processed.
 */
import { z } from 'zod';

const JiraNumericId = z.string().regex(/^\d{1,18}$/);
const Text = z.string().max(2000).nullish();

export const ISSUE_EVENT_TYPES = [
  'avi:jira:created:issue',
  'avi:jira:updated:issue',
  'avi:jira:deleted:issue',
] as const;

export const ChangelogItem = z.looseObject({
  field: Text,
  fieldId: Text,
  fieldtype: Text,
  from: Text,
  fromString: Text,
  to: Text,
  toString: Text,
});
export type ChangelogItem = z.infer<typeof ChangelogItem>;

export const IssueEvent = z.looseObject({
  eventType: z.enum(ISSUE_EVENT_TYPES),
  issue: z.looseObject({
    id: JiraNumericId,
    key: z.string().max(255).optional(),
    fields: z.looseObject({
      issuetype: z
        .looseObject({
          id: z.string().max(64).nullish(),
          hierarchyLevel: z.number().int().nullish(),
          subtask: z.boolean().nullish(),
        })
        .nullish(),
      project: z.looseObject({ id: JiraNumericId }),
      status: z
        .looseObject({
          id: z.string().max(64).nullish(),
          statusCategory: z.looseObject({ key: z.string().max(64) }).nullish(),
        })
        .nullish(),
      created: z.string().max(64).nullish(),
      updated: z.string().max(64).nullish(),
    }),
  }),
  changelog: z.looseObject({ id: JiraNumericId, items: z.array(ChangelogItem).max(1000) }).nullish(),
});
export type IssueEvent = z.infer<typeof IssueEvent>;
