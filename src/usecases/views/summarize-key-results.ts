import type { KrSummaryDto, UserRef } from '../../contract';
import type { KeyResult, KrProgress } from '../../domain';
import type { Services } from '../../services';
import { toKrSummary } from './kr-summary';
import { userDirectory } from './user-directory';
import type { ViewContext } from './view-context';

/** Parallel storage reads per batch: quick, and far inside the per-installation request rate. */
const CONCURRENCY = 10;

export interface SummarizeOptions {
  /** Stored progress already read, by KR id; read here otherwise. */
  progress?: Map<string, KrProgress>;
  /** Extra accounts to name in the same directory lookup (objective owners). */
  alsoName?: Iterable<string>;
}

/**
 * KR summaries from storage only (progress, latest check-in) plus display names, which may need Jira but fall back
 * to account ids: a view built from this still answers while Jira is down.
 */
export async function summarizeKeyResults(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>,
  keyResults: readonly KeyResult[],
  objectiveTitles: ReadonlyMap<string, string>,
  context: ViewContext,
  options: SummarizeOptions = {},
): Promise<{ summaries: KrSummaryDto[]; users: Map<string, UserRef> }> {
  const { repos } = services;
  const progress = options.progress ?? (await repos.progress.getMany(keyResults.map((kr) => kr.id)));
  const checkIns = await inBatches(keyResults, (kr) => repos.checkIns.latest(kr.id));
  const names = new Set<string>(options.alsoName ?? []);
  for (const kr of keyResults) for (const id of kr.ownerIds) names.add(id);
  for (const checkIn of checkIns) if (checkIn) names.add(checkIn.authorId);
  const users = await userDirectory(services)(names);
  const summaries = keyResults.map((keyResult, index) =>
    toKrSummary(
      {
        keyResult,
        objectiveTitle: objectiveTitles.get(keyResult.objectiveId) ?? '',
        progress: progress.get(keyResult.id),
        lastCheckIn: checkIns[index],
      },
      users,
      context,
    ),
  );
  return { summaries, users };
}

export async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    out.push(...(await Promise.all(items.slice(start, start + CONCURRENCY).map(read))));
  }
  return out;
}
