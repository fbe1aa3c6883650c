import { z } from 'zod';
import { Confidence } from '../../domain';
import { RecordId } from './common';

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
