import type { CheckInDraft } from '../../contract';
import { addDays, calendarDayIn, ok, type KeyResult, type KrProgress, type ProgressSnapshot } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { notFound, type Outcome } from '../objectives/failure';
import { unitOfProgress, unitOfSnapshot } from '../views/burnup';
import { paceIn } from '../views/kr-summary';
import { loadViewContext, type ViewContext } from '../views/view-context';
import { draftNote } from './draft-note';
import { refuseUnlessMayCheckIn } from './may-check-in';

/**
 * A pre-filled check-in for the people who may check in: stored progress now against the last daily snapshot on or
 * before the last check-in's day. Reads storage only, so opening the form costs no Jira call.
 */
export async function checkInDraft(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  keyResultId: string,
): Promise<Outcome<CheckInDraft>> {
  const { repos } = services;
  const keyResult = await repos.keyResults.get(keyResultId);
  if (!keyResult) return notFound('Key result', keyResultId);
  const objective = await repos.objectives.get(keyResult.objectiveId);
  if (!objective) return notFound('Objective', keyResult.objectiveId);
  const refused = await refuseUnlessMayCheckIn(caller, keyResult, objective);
  if (refused) return refused;

  const latest = await repos.checkIns.latest(keyResult.id);
  const context = await loadViewContext(services);
  const since = latest ? await sinceDay(services, keyResult, latest.at, context) : undefined;
  const measure = keyResult.source.type === 'jira' ? keyResult.source.measure : undefined;
  return ok({
    keyResultId: keyResult.id,
    note: draftNote(since, latest?.at, keyResult.source.type, measure),
    ...(latest ? { lastCheckInAt: latest.at } : {}),
    ...(since ? { since } : {}),
  });
}

async function sinceDay(
  services: Pick<Services, 'repos'>,
  keyResult: KeyResult,
  checkInAt: string,
  context: ViewContext,
): Promise<CheckInDraft['since']> {
  const day = calendarDayIn(checkInAt, context.settings.timeZone);
  const progress = await services.repos.progress.get(keyResult.id);
  if (!day || !progress) return undefined;
  const snapshots = await collectAll(
    (page) => services.repos.snapshots.listByKeyResult(keyResult.id, { ...page, from: addDays(day, -366), to: day }),
    { limit: 100, maxItems: 367 },
  );
  const then = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  return then ? compare(keyResult, progress, then, context) : undefined;
}

function compare(keyResult: KeyResult, progress: KrProgress, then: ProgressSnapshot, context: ViewContext) {
  const now = unitOfProgress(keyResult, progress);
  const before = unitOfSnapshot(keyResult, then);
  const paceNow = paceIn(keyResult.periodId, progress.progress, context, keyResult.kind).pace;
  const paceThen = paceIn(keyResult.periodId, then.progress, { ...context, today: then.date }, keyResult.kind).pace;
  return {
    doneAdded: round(now.done - before.done),
    scopeAdded: round(now.scope - before.scope),
    paceChange: round(paceNow - paceThen),
  };
}

/** Differences of binary fractions (0.3 − 0.1) read as a person would write them. */
const round = (value: number): number => Math.round(value * 1e9) / 1e9;
