import { z } from 'zod';
import { isKnownTimeZone } from './calendar-day-in-zone';

/**
 * Pace thresholds: on-track if pace ≥ atRisk, at-risk if pace ≥ offTrack, else off-track.
 * Both are ≤ 0 because pace is progress minus expected progress: being ahead is never a risk.
 */
export const StatusThresholds = z
  .object({
    atRisk: z.number().min(-1).max(0).default(-0.1),
    offTrack: z.number().min(-1).max(0).default(-0.25),
  })
  .refine((t) => t.atRisk > t.offTrack, { path: ['atRisk'], message: 'must be greater than offTrack' });
export type StatusThresholds = z.infer<typeof StatusThresholds>;

/** Site-wide settings from the admin page; every field has a default so `Settings.parse({})` is a valid site. */
export const Settings = z.object({
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  timeZone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Europe/Paris').default('UTC'),
  statusThresholds: StatusThresholds.default({ atRisk: -0.1, offTrack: -0.25 }),
  /** The story-points custom field, e.g. `customfield_10016`; ids vary by site. */
  storyPointsFieldId: z.string().min(1).optional(),
  checkInCadenceDays: z.number().int().min(1).max(366).default(14),
  /** The share of an aspirational KR that counts as success, and the factor on its expected progress. */
  aspirationalNorm: z.number().gt(0).max(1).default(0.7),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
