/**
 * When Jira refuses the one read the app makes of an issue it meets for the first time, the issue's epic and versions
 * stay unknown, so the event cannot tell which epic or version KRs it moved. Rather than leave those KRs behind with
 * a fresh-looking value until the daily reconcile, every KR the issue may feed is marked stale (its last good value
 * kept, with the reason) and refreshed from Jira after the full-refresh window, which the queue retries with backoff
 * while Jira keeps failing (recompute-job.ts, MAX_ATTEMPTS).
 */
import type { JiraMeta } from '../../store';
import { markProgressStale, type KeyResult } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { frozenKeyResults } from '../recompute/frozen-key-results';
import { FULL_REFRESH_WINDOW_SECONDS, requestRecompute } from '../recompute/recompute-job';
import { incrementalScopeOf } from '../recompute/incremental-scope';
import { currentState } from './issue-history';

export const UNREAD_ISSUE_REASON = 'An issue event could not be read from Jira (unavailable); refreshing from Jira.';

const KRS_PER_BLIND_JOB = 5;

type UnreadServices = Pick<Services, 'repos' | 'clock' | 'recomputeQueue'>;

/**
 * The KRs linked to an epic or a version that the unread issue may belong to: every epic and version link, except
 * epics the app knows to be in another project (an issue's epic is in its project in company-managed and
 * team-managed projects alike). Versions carry no project in a link, so all of them are kept.
 */
export async function keyResultsAnUnreadIssueMayFeed(
  services: Pick<Services, 'repos'>,
  projectId: string | undefined,
  meta: JiraMeta,
): Promise<KeyResult[]> {
  const { links, issueHistory, keyResults } = services.repos;
  const epicLinks = await collectAll((page) => links.listByTargetKind('epic', page), { limit: 100 });
  const versionLinks = await collectAll((page) => links.listByTargetKind('version', page), { limit: 100 });
  const ids = new Set(versionLinks.map((link) => link.keyResultId));
  const epicProject = new Map<string, string | undefined>();
  for (const link of epicLinks) {
    if (link.target.kind !== 'epic' || ids.has(link.keyResultId)) continue;
    const epicId = link.target.issueId;
    if (!epicProject.has(epicId)) {
      const history = await issueHistory.get(epicId);
      const state = history ? currentState(history, meta) : undefined;
      epicProject.set(epicId, state?.exists ? state.projectId : undefined);
    }
    const known = epicProject.get(epicId);
    if (projectId === undefined || known === undefined || known === projectId) ids.add(link.keyResultId);
  }
  const found: KeyResult[] = [];
  for (const id of ids) {
    const keyResult = await keyResults.get(id);
    if (keyResult) found.push(keyResult);
  }
  return found;
}

/**
 * Marks each KR's stored progress stale (a KR never computed has nothing to mark) and queues its refresh from Jira:
 * its baseline is dropped, so the recompute measures it from Jira instead of adding up events it may have missed.
 */
export async function refreshBlindly(services: UnreadServices, candidates: readonly KeyResult[]): Promise<string[]> {
  const { progress, baselines } = services.repos;
  const now = services.clock.now().toISOString();
  // A graded KR is never refreshed again (docs/adr/0013), so a stale mark on it would never clear.
  const frozen = await frozenKeyResults(services, candidates.map((kr) => kr.id));
  const keyResults = candidates.filter((kr) => !frozen.has(kr.id));
  const ids = keyResults.map((kr) => kr.id);
  const stored = await progress.getMany(ids);
  for (const keyResult of keyResults) {
    const last = stored.get(keyResult.id);
    if (last && !last.stale) {
      await progress.save(
        markProgressStale(last, {
          keyResultId: keyResult.id,
          sourceType: 'jira',
          reason: UNREAD_ISSUE_REASON,
          at: now,
        }),
      );
    }
    if (incrementalScopeOf(keyResult)) await baselines.delete(keyResult.id);
  }
  // Each of these KRs is measured from Jira (two calls or more, retried while Jira fails), so jobs stay small: one
  // that runs out of time or crashes redoes little, and a redelivery does not meet the same long chunk again.
  for (let start = 0; start < ids.length; start += KRS_PER_BLIND_JOB) {
    await requestRecompute(services, ids.slice(start, start + KRS_PER_BLIND_JOB), 'issue-event', {
      delayInSeconds: FULL_REFRESH_WINDOW_SECONDS,
    });
  }
  return ids;
}
