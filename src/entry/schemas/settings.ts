import { z } from 'zod';

/**
 * The admin page sends the whole settings form: every field is required (a missing one is a mistake, not a wish for
 * the default). The use case then applies the domain's rules (thresholds in order, a known time zone).
 */
export const UpdateSettingsPayload = z.object({
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  timeZone: z.string().max(64),
  storyPointsFieldId: z
    .string()
    .regex(/^customfield_\d{1,12}$/, 'must be a custom field id such as customfield_10016')
    .optional(),
  statusThresholds: z.object({ atRisk: z.number().min(-1).max(0), offTrack: z.number().min(-1).max(0) }),
  checkInCadenceDays: z.number().int().min(1).max(366),
  aspirationalNorm: z.number().gt(0).max(1),
});

export const EmptyPayload = z.object({});
