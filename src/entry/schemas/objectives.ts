import { z } from 'zod';
import { ObjectiveFields, ObjectiveParent } from '../../domain';
import { ownersSchema, PeriodIdParam, RecordId, Version } from './common';

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
}).extend({ periodId: PeriodIdParam, ownerIds: ownersSchema, parent: Parent.optional() });

export const UpdateObjectivePayload = ObjectiveFields.pick({ title: true, description: true, level: true, team: true })
  .extend({ periodId: PeriodIdParam, ownerIds: ownersSchema })
  .partial()
  .extend({ objectiveId: RecordId, version: Version });

export const AlignObjectivePayload = z.object({ objectiveId: RecordId, version: Version, parent: Parent.nullable() });

export const CloseObjectivePayload = z.object({
  objectiveId: RecordId,
  version: Version,
  retrospective: ObjectiveFields.shape.retrospective,
});

export const AbandonObjectivePayload = z.object({ objectiveId: RecordId, version: Version });
