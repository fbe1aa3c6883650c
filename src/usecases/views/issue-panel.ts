import type { IssuePanelView } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import type { Outcome } from '../objectives/failure';
import { isFinal } from '../objectives/load-editable';
import { currentPeriod } from '../periods/list-periods';
import { keyResultsFedBy } from './issue-feeds';
import { resolveIssueRoute } from './issue-route';
import { summarizeKeyResults } from './summarize-key-results';
import { loadViewContext, type ViewContext } from './view-context';

/**
 * The KRs an issue feeds, with their stored progress and pace today. One Jira call as the viewer when the issue's
 * route is not cached; none when it is (display names are cached too). The only issue named is the one being viewed.
 */
export async function issuePanel(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser' | 'jiraAsApp'>,
  caller: Caller,
  issueId: string,
): Promise<Outcome<IssuePanelView>> {
  const route = await resolveIssueRoute(services, caller.accountId, issueId);
  if (!route.ok) return route;
  const context = await loadViewContext(services);
  const fed = await keyResultsFedBy(services, route.value);
  const objectiveIds = [...new Set(fed.map((f) => f.keyResult.objectiveId))];
  const objectives = await Promise.all(objectiveIds.map((id) => services.repos.objectives.get(id)));
  const titles = new Map(objectives.flatMap((o) => (o ? [[o.id, o.title] as const] : [])));
  const { summaries } = await summarizeKeyResults(
    services,
    fed.map((f) => f.keyResult),
    titles,
    context,
  );
  const isEpic = route.value.hierarchyLevel === 1;
  return ok({
    issue: { id: route.value.issueId, key: route.value.key, isEpic },
    keyResults: summaries.map((summary, index) => ({ ...summary, via: fed[index]?.via ?? 'epic' })),
    canLink: isEpic && (await mayLinkSomewhere(services, caller, context)),
  });
}

/** Whether the viewer may edit some open objective of the current period (and so link an epic to its KRs). */
async function mayLinkSomewhere(
  services: Pick<Services, 'repos'>,
  caller: Caller,
  context: ViewContext,
): Promise<boolean> {
  const period = currentPeriod(context.settings, context.today);
  const objectives = await collectAll((page) => services.repos.objectives.listByPeriod(period.id, page), {
    limit: 100,
  });
  if (objectives.some((o) => !isFinal(o) && o.ownerIds.includes(caller.accountId))) return true;
  return caller.isAdmin();
}
