import { ok } from '../../domain';
import type { Services } from '../../services';
import { listSitePeriods } from '../../usecases/periods/list-site-periods';
import { getSettings } from '../../usecases/settings/get-settings';
import { updateSettings } from '../../usecases/settings/update-settings';
import { RESOLVER_KEYS } from '../../contract';
import { EmptyPayload, UpdateSettingsPayload } from '../schemas/settings';
import { defineKey, type ResolverHandler } from './define';

/** Site settings (read by anyone, written by Jira admins) and the periods they define. */
export function settingsResolvers(services: Services): Record<string, ResolverHandler> {
  return {
    [RESOLVER_KEYS.getSettings]: defineKey(services, RESOLVER_KEYS.getSettings, {
      access: 'member',
      payload: EmptyPayload,
      run: () => getSettings(services),
    }),
    [RESOLVER_KEYS.updateSettings]: defineKey(services, RESOLVER_KEYS.updateSettings, {
      access: 'admin',
      payload: UpdateSettingsPayload,
      run: (input) => updateSettings(services, input),
    }),
    [RESOLVER_KEYS.listPeriods]: defineKey(services, RESOLVER_KEYS.listPeriods, {
      access: 'member',
      payload: EmptyPayload,
      run: async () => ok(await listSitePeriods(services)),
    }),
  };
}
