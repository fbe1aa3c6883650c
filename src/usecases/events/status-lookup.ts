import { z } from 'zod';
import type { JiraClient } from '../../jira';
import { statusCategoryOf } from './normalize-event';
import type { StatusCategory } from './issue-history';

const Found = z.looseObject({
  issues: z
    .array(
      z.looseObject({
        fields: z.looseObject({
          status: z.looseObject({ id: z.string(), statusCategory: z.looseObject({ key: z.string() }) }),
        }),
      }),
    )
    .optional(),
});

/**
 * The category of statuses a changelog left but no payload has shown yet: one issue currently in that status says it
 * (`status = <id>`, one result: 1 call, 2 points, once per status id per site; the answer is kept). Undefined for a
 * status no issue is in: the KRs it matters to are then refreshed from Jira instead.
 */
export async function lookUpStatusCategories(
  client: JiraClient,
  statusIds: readonly string[],
): Promise<Record<string, StatusCategory>> {
  const found: Record<string, StatusCategory> = {};
  for (const id of [...new Set(statusIds)]) {
    if (!/^\d{1,18}$/.test(id)) continue;
    const result = Found.safeParse(
      await client.api.searchJql({ jql: `status = ${id}`, fields: ['status'], maxResults: 1 }),
    );
    const status = result.success ? result.data.issues?.[0]?.fields.status : undefined;
    if (status?.id === id) found[id] = statusCategoryOf(status.statusCategory.key);
  }
  return found;
}
