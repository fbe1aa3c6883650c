import type {
  KrKind,
  KrStatus,
  KrSummaryDto,
  ObjectiveLevel,
  ObjectiveNodeDto,
  PortfolioView,
  UserRef,
} from '../../contract';
import type { Objective, ObjectiveProgress } from '../../domain';
import { paceIn } from './kr-summary';
import { refOf } from './user-directory';
import type { ViewContext } from './view-context';

export interface PortfolioFilters {
  level?: ObjectiveLevel;
  team?: string;
  ownerId?: string;
  status?: KrStatus;
  kind?: KrKind;
}

export interface TreeInput {
  objectives: readonly Objective[];
  /** KR summaries by objective id, in display order. */
  keyResults: ReadonlyMap<string, KrSummaryDto[]>;
  /** Rolled-up progress over the whole (unfiltered) graph: filters hide nodes, they never change numbers. */
  rollup: ReadonlyMap<string, ObjectiveProgress>;
  users: Map<string, UserRef>;
  context: ViewContext;
}

const LEVEL_ORDER: Record<ObjectiveLevel, number> = { company: 0, department: 1, team: 2, individual: 3 };

/**
 * The alignment tree of the objectives that pass the filters. Objective filters (level, team, owner) pick objectives;
 * KR filters (status, kind, and owner for KRs owned without owning the objective) pick KRs, and an objective left with
 * none is dropped while one applies. An objective whose parent is filtered out (or in another period) is a root.
 */
export function buildTree(input: TreeInput, filters: PortfolioFilters): Pick<PortfolioView, 'roots' | 'totals'> {
  const shown = new Map<string, { objective: Objective; keyResults: KrSummaryDto[] }>();
  for (const objective of input.objectives) {
    const keyResults = input.keyResults.get(objective.id) ?? [];
    const picked = pick(objective, keyResults, filters);
    if (picked) shown.set(objective.id, { objective, keyResults: picked });
  }
  const childrenOf = new Map<string, Objective[]>();
  const roots: Objective[] = [];
  for (const { objective } of shown.values()) {
    const parentId = objective.parent?.objectiveId;
    if (parentId !== undefined && shown.has(parentId)) push(childrenOf, parentId, objective);
    else roots.push(objective);
  }
  const node = (objective: Objective): ObjectiveNodeDto => {
    const entry = shown.get(objective.id);
    const progress = input.rollup.get(objective.id)?.progress ?? 0;
    const { status } = paceIn(objective.periodId, progress, input.context);
    return {
      id: objective.id,
      version: objective.version,
      ...(objective.parent ? { parent: { ...objective.parent } } : {}),
      title: objective.title,
      level: objective.level,
      ...(objective.team === undefined ? {} : { team: objective.team }),
      state: objective.state,
      owners: objective.ownerIds.map((id) => refOf(input.users, id)),
      periodId: objective.periodId,
      progress,
      status,
      ...(objective.checkInCadenceDays === undefined ? {} : { checkInCadenceDays: objective.checkInCadenceDays }),
      ...(objective.grade === undefined ? {} : { grade: objective.grade }),
      ...(objective.retrospective === undefined ? {} : { retrospective: objective.retrospective }),
      keyResults: entry?.keyResults ?? [],
      children: sorted(childrenOf.get(objective.id) ?? []).map((child) => ({
        ...node(child),
        contributionWeight: child.parent?.contributionWeight ?? 1,
      })),
    };
  };
  const shownKrs = [...shown.values()].flatMap((s) => s.keyResults);
  return {
    roots: sorted(roots).map(node),
    totals: {
      objectives: shown.size,
      keyResults: shownKrs.length,
      atRisk: shownKrs.filter((kr) => kr.status === 'at-risk').length,
      offTrack: shownKrs.filter((kr) => kr.status === 'off-track').length,
      stale: shownKrs.filter((kr) => kr.stale).length,
    },
  };
}

function pick(objective: Objective, keyResults: KrSummaryDto[], filters: PortfolioFilters): KrSummaryDto[] | undefined {
  if (filters.level !== undefined && objective.level !== filters.level) return undefined;
  if (filters.team !== undefined && objective.team !== filters.team) return undefined;
  let picked = keyResults;
  let krFilter = false;
  if (filters.ownerId !== undefined && !objective.ownerIds.includes(filters.ownerId)) {
    const ownerId = filters.ownerId;
    picked = picked.filter((kr) => kr.owners.some((o) => o.accountId === ownerId));
    krFilter = true;
  }
  if (filters.status !== undefined) {
    picked = picked.filter((kr) => kr.status === filters.status);
    krFilter = true;
  }
  if (filters.kind !== undefined) {
    picked = picked.filter((kr) => kr.kind === filters.kind);
    krFilter = true;
  }
  return krFilter && picked.length === 0 ? undefined : picked;
}

function sorted(objectives: readonly Objective[]): Objective[] {
  return [...objectives].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      a.title.localeCompare(b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
