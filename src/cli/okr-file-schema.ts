/**
 * OKR-as-code: the YAML a user writes. Friendlier than the stored records (Jira keys instead of ids, owners by email
 * or account id, no timestamps), and validated as a whole so that every mistake is reported at once.
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
    .array(
      z.strictObject({
        title: z.string().trim().min(1, 'must not be empty').max(255),
        done: z.boolean().default(false),
      }),
    )
    .min(1, 'needs at least one milestone'),
});

export const FileSource = z.discriminatedUnion('type', [FileJiraSource, MetricSource, FileMilestonesSource], {
  error: 'must be a source of type jira, metric or milestones',
});
export type FileSource = z.infer<typeof FileSource>;

/** An owner: an Atlassian account id, or an email address the CLI resolves through the site's user search. */
const OwnerRef = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(128)
  .regex(/^([^\s@]+@[^\s@]+\.[^\s@]+|[A-Za-z0-9:_-]+)$/, 'must be an account id or an email address');
const Owners = z.array(OwnerRef).min(1, 'needs at least one owner when given').max(20);

const FileKeyResult = z.strictObject({
  id: Id,
  title: z.string().trim().min(1, 'must not be empty').max(255),
  kind: z.enum(['committed', 'aspirational']).default('committed'),
  weight: z.number().min(0, 'must not be negative').default(1),
  /** Default: the acting account. */
  owners: Owners.optional(),
  source: FileSource,
});
export type FileKeyResult = z.infer<typeof FileKeyResult>;

const FileObjective = z.strictObject({
  id: Id,
  title: z.string().trim().min(1, 'must not be empty').max(255),
  period: Id,
  level: ObjectiveLevel.default('team'),
  team: z.string().trim().min(1, 'must not be empty').max(255).optional(),
  parent: z.strictObject({ id: Id, weight: z.number().gt(0, 'must be greater than 0').default(1) }).optional(),
  /** Default: the acting account. */
  owners: Owners.optional(),
  keyResults: z.array(FileKeyResult).default([]),
});
export type FileObjective = z.infer<typeof FileObjective>;

export const OkrFile = z.strictObject({
  timeZone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Europe/Paris').default('UTC'),
  periods: z.array(FilePeriod).min(1, 'needs at least one period'),
  objectives: z.array(FileObjective).min(1, 'needs at least one objective'),
});
export type OkrFile = z.infer<typeof OkrFile>;

export interface FileIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * References between records (periods, parents) and repeated ids. Checked on the raw YAML, apart from the schema,
 * because zod skips an object's refinements once a field inside it fails, and every error is wanted at once.
 */
export function crossReferenceIssues(raw: unknown): FileIssue[] {
  const issues: FileIssue[] = [];
  const periods = arrayAt(raw, 'periods');
  const objectives = arrayAt(raw, 'objectives');
  const periodIds = new Set(periods.map((p) => idOf(p)));
  const objectiveIds = new Set(objectives.map((o) => idOf(o)));
  repeated(periods, ['periods'], 'period', issues);
  repeated(objectives, ['objectives'], 'objective', issues);
  const krs = objectives.flatMap((o, i) =>
    arrayAt(o, 'keyResults').map((kr, j) => ({ kr, path: ['objectives', i, 'keyResults', j] })),
  );
  const seen = new Set<string>();
  for (const { kr, path } of krs) {
    const id = idOf(kr);
    if (id === undefined) continue;
    if (seen.has(id)) issues.push({ path: [...path, 'id'], message: 'repeats an earlier key result id' });
    seen.add(id);
  }
  objectives.forEach((o, i) => {
    const period = fieldOf(o, 'period');
    if (typeof period === 'string' && !periodIds.has(period.trim())) {
      issues.push({ path: ['objectives', i, 'period'], message: `names no period listed under periods: ${period}` });
    }
    const parent = idOf(fieldOf(o, 'parent'));
    if (parent !== undefined && !objectiveIds.has(parent)) {
      issues.push({ path: ['objectives', i, 'parent', 'id'], message: `names no objective in this file: ${parent}` });
    } else if (parent !== undefined && parent === idOf(o)) {
      issues.push({ path: ['objectives', i, 'parent', 'id'], message: 'must not be itself' });
    }
  });
  return issues;
}

function repeated(records: unknown[], path: PropertyKey[], what: string, issues: FileIssue[]): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const id = idOf(record);
    if (id === undefined) return;
    if (seen.has(id)) issues.push({ path: [...path, i, 'id'], message: `repeats an earlier ${what} id` });
    seen.add(id);
  });
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function arrayAt(value: unknown, key: string): unknown[] {
  const field = fieldOf(value, key);
  return Array.isArray(field) ? field : [];
}

function idOf(value: unknown): string | undefined {
  const id = fieldOf(value, 'id');
  return typeof id === 'string' ? id.trim() : undefined;
}
