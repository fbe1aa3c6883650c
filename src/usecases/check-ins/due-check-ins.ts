import type { DueCheckInDto, DueCheckInsPayload, DueCheckInsView, UserRef } from '../../contract';
import { addDays, ok, type KeyResult, type Objective, type Period } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { Caller } from '../objectives/caller';
import { invalidField, type Outcome } from '../objectives/failure';
import { currentPeriod } from '../periods/list-periods';
import { periodDtoOf } from '../periods/period-closed';
import { inBatches } from '../views/summarize-key-results';
import { loadViewContext, type ViewContext } from '../views/view-context';
import { cadenceOf } from './cadence';
import { daysOverdue, nextDueOn } from './due-date';

/** "Upcoming" reaches this many days ahead: a week is what people plan their check-ins in. */
export const UPCOMING_DAYS = 7;

const PAGE = { limit: 100 };

/**
 * Who owes a check-in, for a period (the current one by default): the caller's own KRs (`mine`: they champion them)
 * or a team's (`team`: KRs of objectives of that team). Only active objectives in a running period expect check-ins.
 * Due dates follow nextDueOn. Read from storage only, names from the display-name cache: no Jira call.
 */
export async function dueCheckIns(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: DueCheckInsPayload,
): Promise<Outcome<DueCheckInsView>> {
  const team = input.team?.trim();
  if (input.scope === 'team' && !team) return invalidField('team', 'is required to list a team’s check-ins');
  const context = await loadViewContext(services);
  const period =
    input.periodId === undefined ? currentPeriod(context.settings, context.today) : context.periodOf(input.periodId);
  if (!period) return invalidField('periodId', 'is not a period of this site');

  const empty = { period: await periodDtoOf(services, period), due: [], upcoming: [] };
  if (context.today > period.end) return ok(empty);
  const pairs =
    input.scope === 'team' && team
      ? await keyResultsOfTeam(services, team, period)
      : await keyResultsChampionedBy(services, caller.accountId, period);
  const active = pairs.filter(({ objective }) => objective.state === 'active');
  const latest = await inBatches(active, ({ keyResult }) => services.repos.checkIns.latest(keyResult.id));
  const names = await cachedNames(
    services,
    active.flatMap(({ keyResult }) => keyResult.ownerIds),
  );

  const rows = active.map(({ keyResult, objective }, index) =>
    dueRow(keyResult, objective, latest[index]?.at, period, context, names),
  );
  const horizon = addDays(context.today, UPCOMING_DAYS);
  return ok({
    ...empty,
    due: rows
      .filter((row) => row.dueOn <= context.today)
      .sort((a, b) => b.overdueDays - a.overdueDays || byTitle(a, b)),
    upcoming: rows
      .filter((row) => row.dueOn > context.today && row.dueOn <= horizon)
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : byTitle(a, b))),
  });
}

interface Pair {
  keyResult: KeyResult;
  objective: Objective;
}

function dueRow(
  keyResult: KeyResult,
  objective: Objective,
  lastCheckInAt: string | undefined,
  period: Period,
  context: ViewContext,
  names: ReadonlyMap<string, string>,
): DueCheckInDto {
  const cadenceDays = cadenceOf(objective, context.settings);
  const timeZone = context.settings.timeZone;
  const dueOn = nextDueOn({ lastCheckInAt, createdAt: keyResult.createdAt, period, cadenceDays, timeZone });
  return {
    keyResultId: keyResult.id,
    keyResultTitle: keyResult.title,
    sourceType: keyResult.source.type,
    objectiveId: objective.id,
    objectiveTitle: objective.title,
    ...(objective.team === undefined ? {} : { team: objective.team }),
    owners: keyResult.ownerIds.map((accountId): UserRef => ({
      accountId,
      displayName: names.get(accountId) ?? accountId,
    })),
    cadenceDays,
    ...(lastCheckInAt === undefined ? {} : { lastCheckInAt }),
    dueOn,
    overdueDays: daysOverdue(dueOn, context.today),
  };
}

async function keyResultsOfTeam(services: Pick<Services, 'repos'>, team: string, period: Period): Promise<Pair[]> {
  const { repos } = services;
  const objectives = await collectAll(
    (page) => repos.objectives.listByTeam(team, { ...page, periodId: period.id }),
    PAGE,
  );
  const keyResults = await inBatches(objectives, (objective) =>
    collectAll((page) => repos.keyResults.listByObjective(objective.id, page), PAGE),
  );
  return objectives.flatMap((objective, index) =>
    (keyResults[index] ?? []).map((keyResult) => ({ keyResult, objective })),
  );
}

async function keyResultsChampionedBy(
  services: Pick<Services, 'repos'>,
  accountId: string,
  period: Period,
): Promise<Pair[]> {
  const { repos } = services;
  const all = await collectAll((page) => repos.keyResults.listByPeriod(period.id, page), PAGE);
  const mine = all.filter((keyResult) => keyResult.ownerIds.includes(accountId));
  const objectiveIds = [...new Set(mine.map((keyResult) => keyResult.objectiveId))];
  const objectives = new Map<string, Objective>();
  (await inBatches(objectiveIds, (id) => repos.objectives.get(id))).forEach((objective) => {
    if (objective) objectives.set(objective.id, objective);
  });
  return mine.flatMap((keyResult) => {
    const objective = objectives.get(keyResult.objectiveId);
    return objective ? [{ keyResult, objective }] : [];
  });
}

/** Display names already cached by the views; an account not cached shows its id (this list never calls Jira). */
async function cachedNames(services: Pick<Services, 'repos' | 'clock'>, accountIds: string[]) {
  const ids = [...new Set(accountIds)];
  return ids.length === 0
    ? new Map<string, string>()
    : services.repos.caches.displayNames.getMany(ids, services.clock.now());
}

const byTitle = (a: DueCheckInDto, b: DueCheckInDto): number => a.keyResultTitle.localeCompare(b.keyResultTitle);
