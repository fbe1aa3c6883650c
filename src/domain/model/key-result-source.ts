import { z } from 'zod';
import { EntityId, JiraId } from './primitives';
import { Target } from './target';

export const JiraMeasure = z.enum(['count', 'points']);
export type JiraMeasure = z.infer<typeof JiraMeasure>;

/** Progress from Jira work: done issues / issues in scope (`count`) or done points / all points (`points`). */
export const JiraSource = z.object({
  type: z.literal('jira'),
  measure: JiraMeasure,
  targets: z.array(Target).min(1, 'needs at least one target'),
  includeSubtasks: z.boolean().default(false),
});
export type JiraSource = z.infer<typeof JiraSource>;

/** A number moved from start toward target, fed by check-ins or the web trigger. */
export const MetricSource = z
  .object({
    type: z.literal('metric'),
    start: z.number(),
    target: z.number(),
    current: z.number(),
    direction: z.enum(['increase', 'decrease']),
    unit: z.string().trim().max(32).optional(),
  })
  // Progress divides by (target − start), and a direction that contradicts the numbers is a typo worth catching.
  .refine((m) => m.target !== m.start, { path: ['target'], message: 'must differ from start' })
  .refine((m) => m.target === m.start || (m.direction === 'increase') === m.target > m.start, {
    path: ['direction'],
    message: 'must agree with target vs start (increase means target > start)',
  });
export type MetricSource = z.infer<typeof MetricSource>;

export const Milestone = z.object({
  id: EntityId,
  title: z.string().trim().min(1).max(255),
  done: z.boolean(),
  /** A Jira version (fixVersion) as the milestone: done when the version is released, not by hand (issue #8). */
  versionId: JiraId.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const MilestonesSource = z.object({
  type: z.literal('milestones'),
  items: z.array(Milestone).min(1, 'needs at least one milestone'),
});
export type MilestonesSource = z.infer<typeof MilestonesSource>;

export const KeyResultSource = z.discriminatedUnion('type', [JiraSource, MetricSource, MilestonesSource], {
  error: 'must be a source of type jira, metric or milestones',
});
export type KeyResultSource = z.infer<typeof KeyResultSource>;
export type KeyResultSourceType = KeyResultSource['type'];
