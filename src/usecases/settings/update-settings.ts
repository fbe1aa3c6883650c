import type { SettingsDto } from '../../contract';
import { ok, parseOrError, Settings } from '../../domain';
import type { Services } from '../../services';
import type { Outcome } from '../objectives/failure';
import { toSettingsDto } from './settings-dto';

/**
 * Settings are one small record edited by admins on one page; the last save wins. Changing the fiscal start does not
 * move existing objectives: their period ids keep their dates (see resolvePeriod).
 */
export async function updateSettings(
  services: Pick<Services, 'repos'>,
  input: SettingsDto,
): Promise<Outcome<SettingsDto>> {
  const settings = parseOrError(Settings, input);
  if (!settings.ok) return settings;
  return ok(toSettingsDto(await services.repos.settings.save(settings.value)));
}
