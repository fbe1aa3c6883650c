/**
 * The one resolver every UI module calls. Each key: authorise, validate (zod), delegate to a use case, answer
 * `{ ok, data } | { ok: false, error }` (src/entry/resolvers/define.ts). Keys not built yet answer NOT_AVAILABLE_YET.
 */
import Resolver from '@forge/resolver';
import { RESOLVER_KEYS } from '../contract';
import type { Services } from '../services';
import { about } from './about';
import { notAvailableYet } from './not-available';
import { backupResolvers } from './resolvers/backup';
import { checkInResolvers } from './resolvers/check-ins';
import type { ResolverHandler } from './resolvers/define';
import { keyResultResolvers } from './resolvers/key-results';
import { objectiveResolvers } from './resolvers/objectives';
import { periodCloseResolvers } from './resolvers/period-close';
import { qualityResolvers } from './resolvers/quality';
import { reportResolvers } from './resolvers/reports';
import { settingsResolvers } from './resolvers/settings';
import { viewResolvers } from './resolvers/views';

export function buildResolver(services: Services) {
  const built: Record<string, ResolverHandler> = {
    ...settingsResolvers(services),
    ...objectiveResolvers(services),
    ...keyResultResolvers(services),
    ...viewResolvers(services),
    ...checkInResolvers(services),
    ...qualityResolvers(services),
    ...periodCloseResolvers(services),
    ...reportResolvers(services),
    ...backupResolvers(services),
  };
  // okr/about reports the keys that work in this build, so the UI never offers what is not there.
  const available = [RESOLVER_KEYS.about, ...Object.keys(built)];
  const resolver = new Resolver().define(RESOLVER_KEYS.about, () => about(available));
  for (const [key, handler] of Object.entries(built)) resolver.define(key, handler);
  for (const key of Object.values(RESOLVER_KEYS)) {
    if (!available.includes(key)) resolver.define(key, () => notAvailableYet(`'${key}'`));
  }
  return resolver.getDefinitions();
}
