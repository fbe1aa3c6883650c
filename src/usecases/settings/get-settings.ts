import type { SettingsDto } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import type { Outcome } from '../objectives/failure';
import { toSettingsDto } from './settings-dto';

/** The site's settings, or the defaults before an admin saves any. */
export async function getSettings(services: Pick<Services, 'repos'>): Promise<Outcome<SettingsDto>> {
  return ok(toSettingsDto(await services.repos.settings.get()));
}
