/**
 * OKR-as-code: the YAML a user writes. Friendlier than the stored records (Jira keys instead of ids, no owners or
 * timestamps), and validated as a whole so that every mistake is reported at once.
 */
import { z } from 'zod';
import { CalendarDay, MetricSource, ObjectiveLevel, isKnownTimeZone, withPeriodRules } from '../domain';

const Id = z.string().trim().min(1, 'must not be empty').max(128);

const FilePeriod = withPeriodRules(z.strictObject({ id: Id, start: CalendarDay, end: CalendarDay }));

const ISSUE_REF = /^(\d+|[A-Za-z][A-Za-z0-9_]*-\d+)$/;
const PROJECT_REF = /^(\d+|[A-Za-z][A-Za-z0-9_]*)$/;
/** `PLAT/2026.11` (project key / version name) or a numeric version id. */
const VERSION_REF = /^(\d+|[A-Za-z][A-Za-z0-9_]*\/.+)$/;

export const FileTarget = z
  .strictObject({
    epic: z.string().regex(ISSUE_REF, 'must be an epic key like PLAT-3 or a numeric id').optional(),
    project: z.string().regex(PROJECT_REF, 'must be a project key like PLAT or a numeric id').optional(),
    version: z
      .string()
      .regex(VERSION_REF, 'must be PROJECT/version name (e.g. PLAT/2026.11) or a numeric id')
      .optional(),
    jql: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((t) => Object.values(t).filter((v) => v !== undefined).length === 1, {
    message: 'must name exactly one of epic, project, version or jql',
  });
export type FileTarget = z.infer<typeof FileTarget>;

const FileJiraSource = z.strictObject({
  type: z.literal('jira'),
  measure: z.enum(['count', 'points']).default('count'),
  targets: z.array(FileTarget).min(1, 'needs at least one target'),
  includeSubtasks: z.boolean().default(false),
});

const FileMilestonesSource = z.strictObject({
  type: z.literal('milestones'),
  items: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(255), done: z.boolean().default(false) }))
    .min(1, 'needs at least one milestone'),
});

export const FileSource = z.discriminatedUnion('type', [FileJiraSource, MetricSource, FileMilestonesSource], {
  error: 'must be a source of type jira, metric or milestones',
});
export type FileSource = z.infer<typeof FileSource>;

const FileKeyResult = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(255),
  kind: z.enum(['committed', 'aspirational']).default('committed'),
  weight: z.number().min(0, 'must not be negative').default(1),
  source: FileSource,
});
export type FileKeyResult = z.infer<typeof FileKeyResult>;

const FileObjective = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(255),
  period: Id,
  level: ObjectiveLevel.default('team'),
  team: z.string().trim().min(1).max(255).optional(),
  parent: z.strictObject({ id: Id, weight: z.number().gt(0, 'must be greater than 0').default(1) }).optional(),
  keyResults: z.array(FileKeyResult).default([]),
});
export type FileObjective = z.infer<typeof FileObjective>;

export const OkrFile = z
  .strictObject({
    timeZone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Europe/Paris').default('UTC'),
    periods: z.array(FilePeriod).min(1, 'needs at least one period'),
    objectives: z.array(FileObjective).min(1, 'needs at least one objective'),
  })
  .superRefine((file, ctx) => {
    const periodIds = new Set(file.periods.map((p) => p.id));
    const objectiveIds = new Set(file.objectives.map((o) => o.id));
    duplicates(
      file.periods.map((p) => p.id),
      (i) => ctx.addIssue(issue(['periods', i, 'id'], 'repeats an earlier period id')),
    );
    duplicates(
      file.objectives.map((o) => o.id),
      (i) => ctx.addIssue(issue(['objectives', i, 'id'], 'repeats an earlier objective id')),
    );
    const krIds = file.objectives.flatMap((o, i) =>
      o.keyResults.map((kr, j) => ({ id: kr.id, path: ['objectives', i, 'keyResults', j, 'id'] })),
    );
    duplicates(
      krIds.map((k) => k.id),
      (i) => ctx.addIssue(issue(krIds[i]?.path ?? [], 'repeats an earlier key result id')),
    );
    file.objectives.forEach((o, i) => {
      if (!periodIds.has(o.period))
        ctx.addIssue(issue(['objectives', i, 'period'], `names no period listed under periods: ${o.period}`));
      if (o.parent && !objectiveIds.has(o.parent.id)) {
        ctx.addIssue(issue(['objectives', i, 'parent', 'id'], `names no objective in this file: ${o.parent.id}`));
      }
      if (o.parent?.id === o.id) ctx.addIssue(issue(['objectives', i, 'parent', 'id'], 'must not be itself'));
    });
  });
export type OkrFile = z.infer<typeof OkrFile>;

function duplicates(ids: readonly string[], report: (index: number) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report(i);
    seen.add(id);
  });
}

function issue(path: PropertyKey[], message: string) {
  return { code: 'custom' as const, path, message, input: undefined };
}
