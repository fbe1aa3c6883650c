import { z } from 'zod';
import { KeyResultKind, ObjectiveLevel } from '../../domain';
import { AccountIdParam, JiraIdParam, PeriodIdParam, RecordId } from './common';

export const IssuePayload = z.object({ issueId: JiraIdParam });

const KrStatus = z.enum(['on-track', 'at-risk', 'off-track', 'done']);
const Team = z.string().trim().min(1).max(255);

export const PortfolioPayload = z.object({
  periodId: PeriodIdParam.optional(),
  level: ObjectiveLevel.optional(),
  team: Team.optional(),
  ownerId: AccountIdParam.optional(),
  status: KrStatus.optional(),
  kind: KeyResultKind.optional(),
});

export const KeyResultDetailPayload = z.object({ keyResultId: RecordId });

export const ProjectPagePayload = z.object({ projectId: JiraIdParam });

export const GadgetPayload = z.object({
  periodId: PeriodIdParam.optional(),
  level: ObjectiveLevel.optional(),
  team: Team.optional(),
  objectiveId: RecordId.optional(),
  view: z.enum(['summary', 'kr-list', 'burnup']),
});
