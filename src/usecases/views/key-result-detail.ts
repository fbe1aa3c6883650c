import type { KeyResultDetailView } from '../../contract';
import { addDays, calendarDayIn, ok, type KeyResult, type KrProgress, type ProgressSnapshot } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { notFound, type Outcome } from '../objectives/failure';
import { burnupOf, unitOfProgress, unitOfSnapshot } from './burnup';
import { contributorsOf } from './contributors';
import { krForecast } from './kr-forecast';
import { paceIn, toSourceDto } from './kr-summary';
import { summarizeKeyResults } from './summarize-key-results';
import { checkInPeople, toCheckInDto } from '../check-ins/check-in-dto';
import { loadViewContext, type ViewContext } from './view-context';

/** Check-ins shown, newest first. */
const CHECK_INS_SHOWN = 20;
/** A year of daily snapshots. */
const MAX_SNAPSHOTS = 366;

/**
 * One KR in depth: its summary and source, the burn-up from daily snapshots, the work it counts target by target
 * (labelled as the viewer may see it), its check-ins, and what moved since the last one.
 */
export async function keyResultDetail(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  keyResultId: string,
): Promise<Outcome<KeyResultDetailView>> {
  const { repos } = services;
  const keyResult = await repos.keyResults.get(keyResultId);
  if (!keyResult) return notFound('Key result', keyResultId);
  const context = await loadViewContext(services);
  const objective = await repos.objectives.get(keyResult.objectiveId);
  const progress = await repos.progress.get(keyResult.id);
  const from = addDays(context.today, -MAX_SNAPSHOTS);
  const snapshots = await collectAll((page) => repos.snapshots.listByKeyResult(keyResult.id, { ...page, from }), {
    limit: 100,
    maxItems: MAX_SNAPSHOTS + 1,
  });
  const checkIns = (await repos.checkIns.listByKeyResult(keyResult.id, { newestFirst: true, limit: CHECK_INS_SHOWN }))
    .items;
  const { summaries, users } = await summarizeKeyResults(
    services,
    [keyResult],
    new Map(objective ? [[objective.id, objective.title]] : []),
    context,
    { progress: new Map(progress ? [[keyResult.id, progress]] : []), alsoName: checkInPeople(checkIns) },
  );
  const summary = summaries[0];
  if (!summary) throw new Error('A summary for every key result');
  const contributors =
    keyResult.source.type === 'jira'
      ? await contributorsOf(services, caller.accountId, keyResult.source, progress)
      : [];
  const latest = checkIns[0];
  const since = latest ? sinceCheckIn(keyResult, progress, snapshots, latest.at, context) : undefined;
  const period = context.periodOf(keyResult.periodId);
  const forecast = krForecast({ keyResult, progress, snapshots, period, today: context.today });
  return ok({
    keyResult: { ...summary, source: toSourceDto(keyResult.source), periodId: keyResult.periodId },
    burnup: burnupOf(keyResult, snapshots, context.periodOf(keyResult.periodId), context.settings.aspirationalNorm),
    contributors,
    checkIns: checkIns.map((c) => toCheckInDto(c, users)),
    ...(since ? { sinceLastCheckIn: since } : {}),
    ...(forecast ? { forecast } : {}),
  });
}

/**
 * What moved since the last check-in: now (stored progress) against the last snapshot taken on or before the
 * check-in's day, in the KR's unit; pace change in progress share. Without such a snapshot there is nothing to compare.
 */
function sinceCheckIn(
  keyResult: KeyResult,
  progress: KrProgress | undefined,
  snapshots: readonly ProgressSnapshot[],
  checkInAt: string,
  context: ViewContext,
): KeyResultDetailView['sinceLastCheckIn'] {
  const day = calendarDayIn(checkInAt, context.settings.timeZone);
  const before = [...snapshots]
    .filter((s) => day !== undefined && s.date <= day)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const then = before[before.length - 1];
  if (!then || !progress) return undefined;
  const nowAmounts = unitOfProgress(keyResult, progress);
  const thenAmounts = unitOfSnapshot(keyResult, then);
  const paceNow = paceIn(keyResult.periodId, progress.progress, context, keyResult.kind).pace;
  const paceThen = paceIn(keyResult.periodId, then.progress, { ...context, today: then.date }, keyResult.kind).pace;
  return {
    doneAdded: round(nowAmounts.done - thenAmounts.done),
    scopeAdded: round(nowAmounts.scope - thenAmounts.scope),
    paceChange: round(paceNow - paceThen),
  };
}

/** Differences of binary fractions (0.3 − 0.1) read as a person would write them. */
const round = (value: number): number => Math.round(value * 1e9) / 1e9;
