import { z } from 'zod';
import { EntityId, IsoDateTime, OwnerIds } from './primitives';

export const ObjectiveLevel = z.enum(['company', 'department', 'team', 'individual']);
export type ObjectiveLevel = z.infer<typeof ObjectiveLevel>;

export const ObjectiveState = z.enum(['draft', 'active', 'closed', 'abandoned']);
export type ObjectiveState = z.infer<typeof ObjectiveState>;

/** Alignment: this objective rolls up into its parent as one term weighted by `contributionWeight`. */
export const ObjectiveParent = z.object({
  objectiveId: EntityId,
  contributionWeight: z.number().gt(0, 'must be greater than 0').default(1),
});
export type ObjectiveParent = z.infer<typeof ObjectiveParent>;

/** The fields alone, for derived schemas (`.omit`, `.partial`, which zod refuses on refined objects). */
export const ObjectiveFields = z.object({
  id: EntityId,
  title: z.string().trim().min(1).max(255),
  description: z.string().max(5000).optional(),
  periodId: z.string().trim().min(1).max(64),
  level: ObjectiveLevel,
  team: z.string().trim().min(1).max(255).optional(),
  ownerIds: OwnerIds,
  parent: ObjectiveParent.optional(),
  state: ObjectiveState,
  /** Set when the objective is graded at period end: 0.0–1.0. */
  grade: z.number().min(0).max(1).optional(),
  retrospective: z.string().max(5000).optional(),
  /** Check-in cadence of this objective's KRs in days; absent: the site's (settings.checkInCadenceDays). */
  checkInCadenceDays: z.number().int().min(1).max(90).optional(),
  /** The objective of an earlier period this one continues (created by carrying a KR over at period close). */
  carriedFrom: EntityId.optional(),
  /** Optimistic concurrency: a write must name the version it read. */
  version: z.number().int().min(0),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** The cross-field rules of an objective, for `Objective` and any schema derived from `ObjectiveFields`. */
export function withObjectiveRules<S extends z.ZodType<{ id?: string; parent?: { objectiveId: string } }>>(
  schema: S,
): S {
  return schema.refine((o) => o.id === undefined || o.parent?.objectiveId !== o.id, {
    path: ['parent', 'objectiveId'],
    message: 'must not be itself',
  });
}

export const Objective = withObjectiveRules(ObjectiveFields);
export type Objective = z.infer<typeof Objective>;
