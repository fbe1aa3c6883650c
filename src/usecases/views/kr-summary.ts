import type { EvidenceDto, KrSourceDto, KrSummaryDto, UserRef } from '../../contract';
import {
  assessPace,
  gradeKeyResult,
  statusOf,
  type CheckIn,
  type KeyResult,
  type KeyResultGrade,
  type KeyResultKind,
  type KrProgress,
  type PaceAssessment,
} from '../../domain';
import { checkInOverdue } from '../check-ins/overdue';
import { refOf } from './user-directory';
import type { ViewContext } from './view-context';

export interface KrFacts {
  keyResult: KeyResult;
  objectiveTitle: string;
  /** Stored progress; absent before the first recompute. */
  progress: KrProgress | undefined;
  lastCheckIn: CheckIn | undefined;
  /** The objective's check-in cadence, when it sets one; the site's applies otherwise. */
  cadenceDays?: number;
}

/** Pace of a KR today. */
export function paceOf(keyResult: KeyResult, progress: number, context: ViewContext): PaceAssessment {
  return paceIn(keyResult.periodId, progress, context, keyResult.kind);
}

/**
 * Pace in a period today (objectives are assessed as committed). A period the site cannot date (an id from another
 * fiscal setup) expects nothing, so its status follows progress alone.
 */
export function paceIn(
  periodId: string,
  progress: number,
  context: ViewContext,
  kind: KeyResult['kind'] = 'committed',
): PaceAssessment {
  const period = context.periodOf(periodId);
  if (!period) return { expected: 0, pace: progress, status: statusOf(progress, 0, context.settings.statusThresholds) };
  return assessPace({ progress, period, today: context.today, kind, settings: context.settings });
}

/** A KR as every view shows it: stored progress with its evidence, pace as of today, owners by name. */
export function toKrSummary(facts: KrFacts, users: Map<string, UserRef>, context: ViewContext): KrSummaryDto {
  const { keyResult, progress, lastCheckIn } = facts;
  const value = progress?.progress ?? 0;
  const pace = paceOf(keyResult, value, context);
  const period = context.periodOf(keyResult.periodId);
  const overdue = checkInOverdue(lastCheckIn, period, context.today, context.settings, facts.cadenceDays);
  const staleReason = progress?.staleReason ?? overdue;
  return {
    id: keyResult.id,
    version: keyResult.version,
    objectiveId: keyResult.objectiveId,
    objectiveTitle: facts.objectiveTitle,
    title: keyResult.title,
    kind: keyResult.kind,
    weight: keyResult.weight,
    owners: keyResult.ownerIds.map((id) => refOf(users, id)),
    sourceType: keyResult.source.type,
    progress: value,
    expected: pace.expected,
    pace: pace.pace,
    status: pace.status,
    evidence: evidenceOf(progress),
    asOf: lastGoodRefresh(progress),
    // A failed refresh or an overdue check-in: either way the number shown may no longer be true.
    stale: (progress?.stale ?? false) || overdue !== undefined,
    ...(staleReason ? { staleReason } : {}),
    ...(keyResult.grade ? { grade: gradeOf(keyResult.grade, keyResult.kind, context) } : {}),
    ...(lastCheckIn
      ? {
          lastCheckIn: {
            at: lastCheckIn.at,
            author: refOf(users, lastCheckIn.authorId),
            confidence: lastCheckIn.confidence,
            ...(overdue ? { overdue: true } : {}),
          },
        }
      : {}),
  };
}

/** A grade set at period close, with whether it met its kind's bar (1.0 committed, the stretch norm aspirational). */
function gradeOf(grade: KeyResultGrade, kind: KeyResultKind, context: ViewContext): NonNullable<KrSummaryDto['grade']> {
  const { success } = gradeKeyResult(grade.value, kind, context.settings.aspirationalNorm);
  return { value: grade.value, success, ...(grade.reason ? { reason: grade.reason } : {}) };
}

/** When the number was last computed successfully; a stale progress keeps its last good time, if it ever had one. */
export function lastGoodRefresh(progress: KrProgress | undefined): string | null {
  if (!progress) return null;
  return progress.stale ? (progress.lastGoodAt ?? null) : progress.asOf;
}

/** Before the first recompute a KR has no evidence yet: an empty scope and no flags. */
export function evidenceOf(progress: KrProgress | undefined): EvidenceDto {
  if (!progress) {
    return { scope: { issues: 0, todo: 0, inProgress: 0, done: 0 }, flags: [] };
  }
  const { scope, points, metric, milestones, flags } = progress.evidence;
  return {
    scope: { issues: scope.issues, todo: scope.todo, inProgress: scope.inProgress, done: scope.done },
    ...(points ? { points: { total: points.total, done: points.done } } : {}),
    ...(metric
      ? {
          metric: {
            start: metric.start,
            target: metric.target,
            current: metric.current,
            ...(metric.unit === undefined ? {} : { unit: metric.unit }),
          },
        }
      : {}),
    ...(milestones ? { milestones: { total: milestones.total, done: milestones.done } } : {}),
    flags: [...flags],
  };
}

export function toSourceDto(source: KeyResult['source']): KrSourceDto {
  switch (source.type) {
    case 'jira':
      return {
        type: 'jira',
        measure: source.measure,
        targets: source.targets,
        includeSubtasks: source.includeSubtasks,
      };
    case 'metric':
      return {
        type: 'metric',
        start: source.start,
        target: source.target,
        current: source.current,
        direction: source.direction,
        ...(source.unit === undefined ? {} : { unit: source.unit }),
      };
    case 'milestones':
      return {
        type: 'milestones',
        items: source.items.map(({ id, title, done, versionId }) => ({
          id,
          title,
          done,
          ...(versionId === undefined ? {} : { versionId }),
        })),
      };
  }
}
