/**
 * Owners in the YAML → Atlassian account ids, through the site: an email by the user search (exactly one person must
 * match), an account id by the bulk user lookup (it must exist). One search per distinct email, one lookup per 50
 * account ids.
 */
import type { JiraApi } from '../jira';

export interface OwnerResolution {
  accountId?: string;
  /** Why the reference resolved to nobody, e.g. `no Jira user has the email ann@example.com`. */
  problem?: string;
}

const isEmail = (ref: string) => ref.includes('@');

export async function resolveOwners(
  api: Pick<JiraApi, 'findUsers' | 'bulkGetUsers'>,
  refs: readonly string[],
): Promise<Map<string, OwnerResolution>> {
  const out = new Map<string, OwnerResolution>();
  const unique = [...new Set(refs)];
  for (const email of unique.filter(isEmail)) {
    const found = await api.findUsers({ query: email, maxResults: 2 });
    const people = found.filter((u) => u.accountId !== undefined && u.accountType !== 'app');
    if (people.length === 1) out.set(email, { accountId: people[0]?.accountId as string });
    else if (people.length === 0) out.set(email, { problem: `no Jira user has the email ${email}` });
    else out.set(email, { problem: `more than one Jira user matches ${email}; use the account id` });
  }
  const ids = unique.filter((ref) => !isEmail(ref));
  for (let i = 0; i < ids.length; i += 50) {
    const batch = ids.slice(i, i + 50);
    const page = await api.bulkGetUsers({ accountId: batch, maxResults: 50 });
    const known = new Set((page.values ?? []).map((u) => u.accountId));
    for (const id of batch)
      out.set(id, known.has(id) ? { accountId: id } : { problem: `no Jira user has the account id ${id}` });
  }
  return out;
}
