/**
 * Jira issue → IssueFact. jira.js types `fields` as a free record, so the few fields we request are checked here with
 * our own schema; unknown extra fields are allowed (Jira adds them freely).
 */
import { z } from 'zod';
import type { IssueFact, StatusCategory } from './types';

/** The least we need: every extra field costs response size, not points, but keep pages lean. */
export const BASE_FACT_FIELDS = [
  'parent',
  'status',
  'issuetype',
  'project',
  'fixVersions',
  'created',
  'updated',
  // When the issue last changed status category: for a done issue, when it was done (period baselines need the day).
  'statuscategorychangedate',
];

export function factFields(storyPointFieldIds: readonly string[]): string[] {
  return [...BASE_FACT_FIELDS, ...storyPointFieldIds];
}

const IssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    parent: z.looseObject({ id: z.string() }).nullish(),
    status: z.looseObject({ statusCategory: z.looseObject({ key: z.string() }).nullish() }),
    issuetype: z.looseObject({ hierarchyLevel: z.number().nullish(), subtask: z.boolean().nullish() }).nullish(),
    project: z.looseObject({ id: z.string() }),
    fixVersions: z.array(z.looseObject({ id: z.string() })).nullish(),
    created: z.string().nullish(),
    updated: z.string().nullish(),
    statuscategorychangedate: z.string().nullish(),
  }),
});

export class IssueShapeError extends Error {
  override readonly name = 'IssueShapeError';
}

export function toIssueFact(raw: unknown, storyPointFieldIds: readonly string[]): IssueFact {
  const parsed = IssueSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new IssueShapeError(`Issue is missing fields we asked for: ${where}`, { cause: parsed.error });
  }
  const { id, key, fields } = parsed.data;
  const fact: IssueFact = {
    id,
    key,
    projectId: fields.project.id,
    versionIds: (fields.fixVersions ?? []).map((v) => v.id),
    // Older payloads lack hierarchyLevel; `subtask` is the one level every site reports.
    hierarchyLevel: fields.issuetype?.hierarchyLevel ?? (fields.issuetype?.subtask ? -1 : 0),
    statusCategory: statusCategory(fields.status.statusCategory?.key),
    points: storyPoints(fields, storyPointFieldIds),
  };
  if (fields.parent) fact.parentId = fields.parent.id;
  if (fields.created) fact.createdAt = fields.created;
  if (fields.updated) fact.updatedAt = fields.updated;
  if (fact.statusCategory === 'done' && fields.statuscategorychangedate) fact.doneAt = fields.statuscategorychangedate;
  return fact;
}

/** Jira's "No category" (`undefined`) and anything unknown count as not started: never as done. */
function statusCategory(key: string | undefined): StatusCategory {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

/** The first story-points field with a number wins; sites often carry both the team- and company-managed one. */
function storyPoints(fields: Record<string, unknown>, ids: readonly string[]): number | null {
  for (const id of ids) {
    const value = fields[id];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}
