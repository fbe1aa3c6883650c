import { z } from 'zod';
import { Confidence } from '../../domain';
import { PeriodIdParam, RecordId } from './common';

/** A check-in is a short update, not a report: past this, it belongs in a linked page. */
export const MAX_CHECK_IN_NOTE = 2000;

const text = (what: string) =>
  z.string().max(MAX_CHECK_IN_NOTE, `${what} is longer than ${MAX_CHECK_IN_NOTE} characters`);

export const RecordCheckInPayload = z.object({
  keyResultId: RecordId,
  confidence: Confidence,
  value: z.number({ error: 'must be a number' }).finite('must be a finite number').optional(),
  note: text('the note'),
  blockers: text('the blockers text').optional(),
});

export const CheckInDraftPayload = z.object({ keyResultId: RecordId });

/** The same content rules as a new check-in: an edit must not store what a check-in could not. */
export const EditCheckInPayload = RecordCheckInPayload.extend({ checkInId: RecordId });

export const DueCheckInsPayload = z.object({
  periodId: PeriodIdParam.optional(),
  scope: z.enum(['mine', 'team'], { error: 'must be mine or team' }),
  team: z.string().trim().max(255, 'is longer than 255 characters').optional(),
});
