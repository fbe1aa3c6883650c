import { z } from 'zod';
import { JiraSource, KeyResultFields, MetricSource, MilestonesSource, withKeyResultRules } from '../../domain';
import { MAX_TARGETS, ownersSchema, RecordId, Targets, Version } from './common';

export const MAX_MILESTONES = 100;

/** The domain's sources, with limits on list sizes so one KR stays a small record. */
const Source = z.discriminatedUnion(
  'type',
  [
    JiraSource.extend({ targets: Targets.min(1, 'needs at least one target') }),
    MetricSource,
    MilestonesSource.extend({
      items: MilestonesSource.shape.items.max(MAX_MILESTONES, `lists more than ${MAX_MILESTONES} milestones`),
    }),
  ],
  { error: 'must be a source of type jira, metric or milestones' },
);

const Fields = KeyResultFields.pick({ title: true, kind: true, baseline: true }).extend({
  ownerIds: ownersSchema,
  weight: z.number().min(0, 'must not be negative').max(1000, 'must be at most 1000'),
  source: Source,
});

/** KeyResultInput: the period comes from the objective; id, version and timestamps are the app's. */
export const CreateKeyResultPayload = withKeyResultRules(Fields.extend({ objectiveId: RecordId }));

export const UpdateKeyResultPayload = withKeyResultRules(
  Fields.partial().extend({ keyResultId: RecordId, version: Version }),
);

export const DeleteKeyResultPayload = z.object({ keyResultId: RecordId, version: Version });

export { MAX_TARGETS };
