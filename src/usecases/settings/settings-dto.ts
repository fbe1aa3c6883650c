import type { SettingsDto } from '../../contract';
import type { Settings } from '../../domain';

/** The admin page edits the settings as they are stored; the two shapes differ only in being separate contracts. */
export function toSettingsDto(settings: Settings): SettingsDto {
  return {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    timeZone: settings.timeZone,
    ...(settings.storyPointsFieldId === undefined ? {} : { storyPointsFieldId: settings.storyPointsFieldId }),
    statusThresholds: { atRisk: settings.statusThresholds.atRisk, offTrack: settings.statusThresholds.offTrack },
    checkInCadenceDays: settings.checkInCadenceDays,
    aspirationalNorm: settings.aspirationalNorm,
  };
}
