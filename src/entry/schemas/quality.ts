import { z } from 'zod';
import { JiraSource, KeyResultKind, MetricSource, Milestone, ObjectiveFields, ObjectiveLevel } from '../../domain';
import { MAX_MILESTONES } from './key-results';
import { AccountIdParam, MAX_OWNERS, PeriodIdParam, RecordId, Targets } from './common';

/** As the portfolio's team filter. */
const Team = z.string().trim().min(1).max(255);

/**
 * A form's owners while it is written: none yet is allowed, since "no owner" is one of the findings a draft gets.
 * Duplicates are refused as they are on save.
 */
const DraftOwners = z
  .array(AccountIdParam)
  .max(MAX_OWNERS, `lists more than ${MAX_OWNERS} owners`)
  .refine((ids) => new Set(ids).size === ids.length, 'lists an owner twice');

const DraftTitle = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');

/** A source being chosen: no target or milestone yet is allowed (the checks say why that will not measure). */
const DraftSource = z.discriminatedUnion(
  'type',
  [
    JiraSource.extend({ targets: Targets }),
    MetricSource,
    z.object({
      type: z.literal('milestones'),
      items: z.array(Milestone).max(MAX_MILESTONES, `lists more than ${MAX_MILESTONES} milestones`),
    }),
  ],
  { error: 'must be a source of type jira, metric or milestones' },
);

const ObjectiveDraft = z.object({
  id: RecordId.optional(),
  title: DraftTitle,
  description: ObjectiveFields.shape.description,
  periodId: PeriodIdParam,
  level: ObjectiveLevel.optional(),
  team: Team.optional(),
  ownerIds: DraftOwners.optional(),
  parent: z.object({ objectiveId: RecordId, contributionWeight: z.number().min(0).max(1000) }).optional(),
  checkInCadenceDays: ObjectiveFields.shape.checkInCadenceDays,
});

const KeyResultDraft = z.object({
  id: RecordId.optional(),
  objectiveId: RecordId,
  title: DraftTitle,
  kind: KeyResultKind.optional(),
  weight: z.number().min(0).max(1000).optional(),
  ownerIds: DraftOwners.optional(),
  source: DraftSource.optional(),
  baseline: z.object({ mode: z.literal('period') }).optional(),
});

/** CheckQualityPayload: exactly one draft, an objective or a key result. */
export const CheckQualityPayload = z
  .object({ objective: ObjectiveDraft.optional(), keyResult: KeyResultDraft.optional() })
  .refine((p) => (p.objective === undefined) !== (p.keyResult === undefined), {
    path: ['objective'],
    message: 'send exactly one draft: an objective or a key result',
  });

export const QualityReportPayload = z.object({ periodId: PeriodIdParam.optional(), team: Team.optional() });
