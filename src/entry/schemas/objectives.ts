import { z } from 'zod';
import { ObjectiveFields, ObjectiveParent } from '../../domain';
import { ownersSchema, PeriodIdParam, RecordId, Version } from './common';

/**
 * An objective's own check-in cadence, 1–90 days; null (or absent on create) means the site's. On update, absent
 * keeps the stored one and null returns to the site's.
 */
const CheckInCadenceDays = z
  .number({ error: 'must be a number of days' })
  .int('must be a whole number of days')
  .min(1, 'must be at least 1 day')
  .max(90, 'must be at most 90 days')
  .nullable();

const Parent = z.object({
  objectiveId: RecordId,
  contributionWeight: ObjectiveParent.shape.contributionWeight.unwrap().max(1000),
});

/** ObjectiveInput: the domain's fields without what the app sets (id, state, version, timestamps, grade). */
export const CreateObjectivePayload = ObjectiveFields.pick({
  title: true,
  description: true,
  level: true,
  team: true,
}).extend({
  periodId: PeriodIdParam,
  ownerIds: ownersSchema,
  parent: Parent.optional(),
  checkInCadenceDays: CheckInCadenceDays.optional(),
});

export const UpdateObjectivePayload = ObjectiveFields.pick({ title: true, description: true, level: true, team: true })
  .extend({ periodId: PeriodIdParam, ownerIds: ownersSchema, checkInCadenceDays: CheckInCadenceDays })
  .partial()
  .extend({ objectiveId: RecordId, version: Version });

export const AlignObjectivePayload = z.object({ objectiveId: RecordId, version: Version, parent: Parent.nullable() });

export const CloseObjectivePayload = z.object({
  objectiveId: RecordId,
  version: Version,
  retrospective: ObjectiveFields.shape.retrospective,
});

export const AbandonObjectivePayload = z.object({ objectiveId: RecordId, version: Version });
