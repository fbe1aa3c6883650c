import { z } from 'zod';
import { isJiraUnavailable, type JiraClient } from '../../jira';
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
 * status no issue is in: the KRs it matters to are then refreshed from Jira instead. So is a status whose lookup Jira
 * refused: the event is still recorded, rather than the trigger failing and the event being lost (Forge does not
 * deliver a product event again).
 */
export async function lookUpStatusCategories(
  client: JiraClient,
  statusIds: readonly string[],
): Promise<Record<string, StatusCategory>> {
  const found: Record<string, StatusCategory> = {};
  for (const id of [...new Set(statusIds)]) {
    if (!/^\d{1,18}$/.test(id)) continue;
    let answer: unknown;
    try {
      answer = await client.api.searchJql({ jql: `status = ${id}`, fields: ['status'], maxResults: 1 });
    } catch (error) {
      if (isJiraUnavailable(error)) return found;
      throw error;
    }
    const result = Found.safeParse(answer);
    const status = result.success ? result.data.issues?.[0]?.fields.status : undefined;
    if (status?.id === id) found[id] = statusCategoryOf(status.statusCategory.key);
  }
  return found;
}
