import { z } from 'zod';
import { CalendarDay } from './calendar-day';
import { JiraMeasure } from './key-result-source';
import { Target } from './target';

/** Why a number may surprise its reader; the UI shows each flag next to the progress. */
export const ProgressFlag = z.enum([
  /** Nothing in scope: progress is 0 by convention, not because nothing was done. */
  'no-linked-work',
  /** Issues in scope but no story points on any: points progress cannot be measured. */
  'no-estimates',
  /** Some issues in scope have no story points and weigh nothing in a points measure. */
  'unestimated-issues',
  /** Counts came without an in-progress count: `todo` means "not done". */
  'no-status-breakdown',
  /** Approximate counts disagreed (more done than in scope); done was capped at scope. */
  'inconsistent-counts',
  /** Done issues without a done date were left out of a period baseline. */
  'missing-done-dates',
  /** Period baseline: nothing was open at the period start and nothing was added during it. */
  'no-baseline-scope',
  /** Metric numbers that cannot give a progress (e.g. target equals start); progress is 0. */
  'invalid-metric',
  /** A linked epic was deleted or is no longer an epic: `missingTargets` lists them; the last good value is kept. */
  'missing-targets',
]);
export type ProgressFlag = z.infer<typeof ProgressFlag>;

const Count = z.number().int().min(0);
const Amount = z.number().min(0);

/** How a KR's progress was computed, stored beside it so a user can check the number. */
export const ProgressEvidence = z.object({
  sourceType: z.enum(['jira', 'metric', 'milestones']),
  measure: JiraMeasure.optional(),
  /** Issue counts in scope by status category; zeros for metric and milestone KRs. */
  scope: z.object({ issues: Count, todo: Count, inProgress: Count, done: Count }),
  /** `unestimated`: issues in scope without story points. */
  points: z.object({ total: Amount, done: Amount, unestimated: Count }).optional(),
  metric: z
    .object({
      start: z.number(),
      target: z.number(),
      current: z.number(),
      direction: z.enum(['increase', 'decrease']),
      unit: z.string().optional(),
    })
    .optional(),
  milestones: z.object({ total: Count, done: Count }).optional(),
  baseline: z
    .object({
      periodId: z.string(),
      start: CalendarDay,
      end: CalendarDay,
      openAtStart: Count,
      addedDuringPeriod: Count,
      doneDuringPeriod: Count,
      /** Done issues left out for want of a done date. */
      undated: Count,
    })
    .optional(),
  /** Issues each target reached before de-duplication: their sum exceeds `scope.issues` when targets overlap. */
  byTarget: z.array(z.object({ target: Target, issues: Count, done: Count })).optional(),
  emptyScope: z.boolean(),
  flags: z.array(ProgressFlag).default([]),
  /** Targets the last refresh could not resolve (flag `missing-targets`). */
  missingTargets: z
    .array(z.object({ target: Target, reason: z.enum(['not-found', 'not-an-epic']) }))
    .max(200)
    .optional(),
});
export type ProgressEvidence = z.infer<typeof ProgressEvidence>;
