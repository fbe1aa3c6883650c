/**
 * Milestones backed by Jira versions (fixVersion releases): such an item is done when its version is released, not
 * by hand. Read at every full refresh and daily reconcile, one metered `GET /version/{id}` per distinct version, as
 * the app.
 */
import type { KeyResult, Milestone } from '../../domain';
import { isJiraUnavailable } from '../../jira';
import type { Services } from '../../services';

export type VersionMilestonesOutcome =
  | { status: 'unchanged' | 'updated'; keyResult: KeyResult }
  /** A version could not be read: the caller keeps the last progress, marked stale. */
  | { status: 'unreadable'; reason: string; retryable: boolean };

export function hasVersionMilestones(kr: KeyResult): boolean {
  return kr.source.type === 'milestones' && kr.source.items.some((item) => item.versionId !== undefined);
}

/**
 * The KR with each version-backed item's `done` set from Jira. When that changes an item, the KR record is written
 * too (so the checklist shows it); a concurrent edit wins that write, and the next refresh tries again, while the
 * progress is computed from what Jira said either way.
 */
export async function applyVersionReleases(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  kr: KeyResult,
): Promise<VersionMilestonesOutcome> {
  const source = kr.source;
  if (source.type !== 'milestones') return { status: 'unchanged', keyResult: kr };
  const ids = [...new Set(source.items.flatMap((item) => (item.versionId ? [item.versionId] : [])))];
  const released = new Map<string, boolean>();
  for (const id of ids) {
    try {
      const version = await services.jiraAsApp().api.getVersion({ id });
      released.set(id, version.released === true);
    } catch (error) {
      const retryable = isJiraUnavailable(error);
      const why = retryable ? 'Jira is not answering' : 'it no longer exists or the app may not see it';
      return { status: 'unreadable', reason: `The Jira version ${id} could not be read (${why}).`, retryable };
    }
  }
  const items: Milestone[] = source.items.map((item) =>
    item.versionId === undefined ? item : { ...item, done: released.get(item.versionId) ?? item.done },
  );
  if (items.every((item, i) => item.done === source.items[i]?.done)) return { status: 'unchanged', keyResult: kr };
  const withReleases: KeyResult = { ...kr, source: { ...source, items } };
  const saved = await services.repos.keyResults.update({
    ...withReleases,
    updatedAt: services.clock.now().toISOString(),
  });
  return { status: 'updated', keyResult: saved.ok ? saved.value : withReleases };
}
