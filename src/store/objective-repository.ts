import { WhereConditions } from '@forge/kvs';
import { Objective, type ObjectiveLevel, type Result } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import type { ConflictError } from './errors';
import { recordKey } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec } from './record-codec';
import { versionedRecords } from './versioned-records';

export interface ObjectiveRepository {
  get(id: string): Promise<Objective | undefined>;
  /** Stores version 1; a ConflictError if the id is taken. */
  create(objective: Objective): Promise<Result<Objective, ConflictError>>;
  /** `objective.version` is the version read; the saved objective carries the next one. */
  update(objective: Objective): Promise<Result<Objective, ConflictError>>;
  delete(id: string, expectedVersion: number): Promise<Result<void, ConflictError>>;
  listByPeriod(periodId: string, request?: PageRequest & { level?: ObjectiveLevel }): Promise<Page<Objective>>;
  /** Objectives aligned to a parent, optionally in one period. */
  listChildren(parentId: string, request?: PageRequest & { periodId?: string }): Promise<Page<Objective>>;
  listByTeam(team: string, request?: PageRequest & { periodId?: string }): Promise<Page<Objective>>;
}

export const objectiveCodec = defineRecordCodec({
  entity: ENTITY.objective,
  schema: Objective,
  schemaVersion: 1,
  attributes: (o) => ({
    version: o.version,
    periodId: o.periodId,
    level: o.level,
    parentId: o.parent?.objectiveId,
    team: o.team,
  }),
});

export function createObjectiveRepository(kvs: Kvs): ObjectiveRepository {
  const records = versionedRecords(kvs, objectiveCodec, (id) => recordKey(id));
  const inPeriod = (periodId?: string) => (periodId === undefined ? {} : { where: WhereConditions.equalTo(periodId) });
  return {
    get: (id) => records.get(recordKey(id)),
    create: records.create,
    update: records.update,
    delete: records.delete,
    listByPeriod: (periodId, { level, ...page } = {}) =>
      records.query(INDEX.byPeriod, [periodId], {
        ...page,
        ...(level ? { where: WhereConditions.equalTo(level) } : {}),
      }),
    listChildren: (parentId, { periodId, ...page } = {}) =>
      records.query(INDEX.byParent, [parentId], { ...page, ...inPeriod(periodId) }),
    listByTeam: (team, { periodId, ...page } = {}) =>
      records.query(INDEX.byTeam, [team], { ...page, ...inPeriod(periodId) }),
  };
}
