import type { PeriodCloseView, PeriodClosePayload } from '../../contract';
import {
  committedVsAspirationalReport,
  gradeKeyResult,
  ok,
  roundGrade,
  rollupObjectives,
  type KeyResult,
  type KrProgress,
  type Settings,
} from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { invalidField, type Outcome } from '../objectives/failure';
import { gradedProgress } from '../objectives/graded-progress';
import { isFinal } from '../objectives/load-editable';
import { toPeriodDto } from '../periods/list-periods';
import { nextPeriod } from '../periods/next-period';
import { closedPeriodIds } from '../periods/period-closed';
import { resolvePeriod } from '../periods/resolve-period';
import { loadPeriodRecords } from './period-records';

type ObjectiveRow = PeriodCloseView['objectives'][number];
type KeyResultRow = ObjectiveRow['keyResults'][number];

/**
 * The period-close worksheet: each objective with its KRs, their progress, the grade suggested from it and the grade
 * set, where unfinished KRs went, and committed delivery beside aspirational reach. Who may edit and whether the
 * period may close are decided here so the UI only offers what will be accepted. Read from storage, with no Jira call
 * beyond the caller's (cached) admin check: owners' names come from the names cache the other views fill, else the
 * account id stands in.
 */
export async function periodCloseView(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: PeriodClosePayload,
): Promise<Outcome<PeriodCloseView>> {
  const settings = await services.repos.settings.get();
  const period = resolvePeriod(input.periodId, settings);
  if (!period) return invalidField('periodId', 'is not a period of this site');
  const next = nextPeriod(period.id, settings);
  const [{ objectives, keyResults }, closed, carried] = await Promise.all([
    loadPeriodRecords(services, period.id),
    closedPeriodIds(services),
    next ? loadPeriodRecords(services, next.id).then((r) => r.keyResults) : Promise.resolve([]),
  ]);
  const progress = await services.repos.progress.getMany(keyResults.map((kr) => kr.id));
  const carriedTo = new Map(carried.flatMap((kr) => (kr.carriedFrom ? [[kr.carriedFrom, kr.id] as const] : [])));
  const rollup = rollupObjectives({
    objectives,
    keyResults,
    keyResultProgress: new Map([...progress].map(([id, p]) => [id, p.progress])),
  });
  const graded = rollupObjectives({ objectives, keyResults, keyResultProgress: gradedProgress(keyResults, progress) });
  const names = await cachedNames(
    services,
    objectives.flatMap((o) => o.ownerIds),
  );
  const isAdmin = await caller.isAdmin();
  const periodClosed = closed.has(period.id);

  // Owners and Jira admins edit an objective (usecases/objectives/caller.ts); nobody edits a closed period.
  const rows = objectives.map((objective): ObjectiveRow => {
    const mine = keyResults.filter((kr) => kr.objectiveId === objective.id);
    return {
      id: objective.id,
      version: objective.version,
      title: objective.title,
      ...(objective.team === undefined ? {} : { team: objective.team }),
      state: objective.state,
      owners: objective.ownerIds.map((id) => ({ accountId: id, displayName: names.get(id) ?? id })),
      progress: rollup.get(objective.id)?.progress ?? 0,
      suggestedGrade: roundGrade(graded.get(objective.id)?.progress ?? 0),
      ...(objective.grade === undefined ? {} : { grade: objective.grade }),
      ...(objective.retrospective === undefined ? {} : { retrospective: objective.retrospective }),
      canEdit: !periodClosed && (isAdmin || objective.ownerIds.includes(caller.accountId)),
      keyResults: mine.map((kr) => keyResultRow(kr, progress.get(kr.id), carriedTo.get(kr.id), settings)),
    };
  });
  // Abandoned objectives' KRs are dropped work: they count neither as delivered nor as missed.
  const counted = new Set(objectives.filter((o) => o.state !== 'abandoned').map((o) => o.id));
  const kinds = committedVsAspirationalReport(
    keyResults
      .filter((kr) => counted.has(kr.objectiveId))
      .map((kr) => ({
        kind: kr.kind,
        progress: progress.get(kr.id)?.progress ?? 0,
        ...(kr.grade ? { grade: kr.grade.value } : {}),
      })),
    settings.aspirationalNorm,
  );
  return ok({
    period: toPeriodDto(period, closed),
    nextPeriod: next ? toPeriodDto(next, closed) : null,
    objectives: rows,
    kinds,
    canClosePeriod: isAdmin && !periodClosed && objectives.every(isFinal),
  });
}

function keyResultRow(
  kr: KeyResult,
  stored: KrProgress | undefined,
  carriedTo: string | undefined,
  settings: Pick<Settings, 'aspirationalNorm'>,
): KeyResultRow {
  const progress = stored?.progress ?? 0;
  return {
    id: kr.id,
    version: kr.version,
    title: kr.title,
    kind: kr.kind,
    sourceType: kr.source.type,
    progress,
    suggestedGrade: roundGrade(progress),
    ...(kr.grade
      ? {
          grade: {
            value: kr.grade.value,
            success: gradeKeyResult(kr.grade.value, kr.kind, settings.aspirationalNorm).success,
            ...(kr.grade.reason ? { reason: kr.grade.reason } : {}),
          },
        }
      : {}),
    ...(carriedTo === undefined ? {} : { carriedTo }),
    ...(kr.carriedFrom === undefined ? {} : { carriedFrom: kr.carriedFrom }),
  };
}

async function cachedNames(
  services: Pick<Services, 'repos' | 'clock'>,
  accountIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds)];
  return ids.length === 0 ? new Map() : services.repos.caches.displayNames.getMany(ids, services.clock.now());
}
