import type { KrSummaryDto, UserRef } from '../../contract';
import { addDays, type KeyResult, type KrProgress, type Objective } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { FORECAST_LOOKBACK_DAYS, krForecast } from './kr-forecast';
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
  /** The KRs' objectives already read, by id, for their check-in cadence; read here otherwise. */
  objectives?: ReadonlyMap<string, Pick<Objective, 'checkInCadenceDays'>>;
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
  const cadences = await objectiveCadences(services, keyResults, options.objectives);
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
        ...cadenceOfObjective(cadences, keyResult.objectiveId),
      },
      users,
      context,
    ),
  );
  await flagLateForecasts(services, keyResults, progress, summaries, context);
  return { summaries, users };
}

/**
 * forecastLate from stored data only: one snapshot query (the last FORECAST_WEEKS weeks) per Jira KR that has
 * progress in a running period, and the same seeded forecast the KR detail shows. Set only when late.
 */
async function flagLateForecasts(
  services: Pick<Services, 'repos'>,
  keyResults: readonly KeyResult[],
  progress: ReadonlyMap<string, KrProgress>,
  summaries: KrSummaryDto[],
  context: ViewContext,
): Promise<void> {
  const from = addDays(context.today, -FORECAST_LOOKBACK_DAYS);
  const forecastable = keyResults.flatMap((keyResult, index) => {
    const period = context.periodOf(keyResult.periodId);
    const kept = progress.get(keyResult.id);
    const running = period !== undefined && context.today <= period.end;
    return keyResult.source.type === 'jira' && kept && kept.progress < 1 && running ? [{ keyResult, index }] : [];
  });
  const snapshots = await inBatches(forecastable, ({ keyResult }) =>
    collectAll((page) => services.repos.snapshots.listByKeyResult(keyResult.id, { ...page, from }), {
      limit: 100,
      maxItems: FORECAST_LOOKBACK_DAYS + 1,
    }),
  );
  forecastable.forEach(({ keyResult, index }, i) => {
    const forecast = krForecast({
      keyResult,
      progress: progress.get(keyResult.id),
      snapshots: snapshots[i] ?? [],
      period: context.periodOf(keyResult.periodId),
      today: context.today,
    });
    const summary = summaries[index];
    if (forecast?.late && summary) summary.forecastLate = true;
  });
}

/** Each objective's own check-in cadence (absent: the site's), from the objectives given or read once each. */
async function objectiveCadences(
  services: Pick<Services, 'repos'>,
  keyResults: readonly KeyResult[],
  given: SummarizeOptions['objectives'],
): Promise<Map<string, number | undefined>> {
  const ids = [...new Set(keyResults.map((kr) => kr.objectiveId))];
  const unread = given ? ids.filter((id) => !given.has(id)) : ids;
  const read = await inBatches(unread, (id) => services.repos.objectives.get(id));
  const cadences = new Map<string, number | undefined>();
  for (const [id, objective] of given ?? []) cadences.set(id, objective.checkInCadenceDays);
  unread.forEach((id, index) => cadences.set(id, read[index]?.checkInCadenceDays));
  return cadences;
}

function cadenceOfObjective(cadences: ReadonlyMap<string, number | undefined>, objectiveId: string) {
  const cadenceDays = cadences.get(objectiveId);
  return cadenceDays === undefined ? {} : { cadenceDays };
}

export async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    out.push(...(await Promise.all(items.slice(start, start + CONCURRENCY).map(read))));
  }
  return out;
}
