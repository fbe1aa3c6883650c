import { z } from 'zod';
import { KeyResultGrade } from '../../domain';
import { PeriodIdParam, RecordId, Version } from './common';

export const PeriodClosePayload = z.object({ periodId: PeriodIdParam });

/** Grades are tenths, 0.0–1.0, as the suggestion from progress is (domain roundGrade). */
const Grade = z
  .number({ error: 'must be a number from 0.0 to 1.0' })
  .min(0, 'must be at least 0.0')
  .max(1, 'must be at most 1.0')
  .refine((grade) => Math.abs(grade * 10 - Math.round(grade * 10)) < 1e-9, 'must be in tenths (0.0, 0.1, … 1.0)');

export const GradeKeyResultPayload = z.object({
  keyResultId: RecordId,
  version: Version,
  grade: Grade,
  reason: KeyResultGrade.shape.reason,
});

export const CarryOverKeyResultPayload = z.object({ keyResultId: RecordId, toObjectiveId: RecordId.optional() });

export const ClosePeriodPayload = z.object({ periodId: PeriodIdParam });
