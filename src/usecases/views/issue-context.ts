import type { IssueContextView } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import type { Outcome } from '../objectives/failure';
import { keyResultsFedBy } from './issue-feeds';
import { resolveIssueRoute } from './issue-route';
import { paceOf } from './kr-summary';
import { loadViewContext } from './view-context';

/** The issue badge: how many KRs this issue feeds and how many of those need attention. Same route as the panel. */
export async function issueContext(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser'>,
  caller: Caller,
  issueId: string,
): Promise<Outcome<IssueContextView>> {
  const route = await resolveIssueRoute(services, caller.accountId, issueId);
  if (!route.ok) return route;
  const context = await loadViewContext(services);
  const fed = await keyResultsFedBy(services, route.value);
  const progress = await services.repos.progress.getMany(fed.map((f) => f.keyResult.id));
  const view: IssueContextView = { feeds: fed.length, atRisk: 0, offTrack: 0, stale: 0 };
  for (const { keyResult } of fed) {
    const stored = progress.get(keyResult.id);
    const { status } = paceOf(keyResult, stored?.progress ?? 0, context);
    if (status === 'at-risk') view.atRisk += 1;
    if (status === 'off-track') view.offTrack += 1;
    if (stored?.stale) view.stale += 1;
  }
  return ok(view);
}
