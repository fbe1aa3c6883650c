/**
 * The one resolver every UI module calls. Each key: authorise, validate (zod), delegate to a use case, answer
 * `{ ok, data } | { ok: false, error }`. Keys not built yet answer NOT_AVAILABLE_YET.
 */
import Resolver from '@forge/resolver';
import { RESOLVER_KEYS } from '../contract';
import type { Services } from '../services';
import { about } from './about';
import { notAvailableYet } from './not-available';

/** Resolver keys built so far; okr/about reports them so the UI never offers what is not there. */
const AVAILABLE: readonly string[] = [RESOLVER_KEYS.about];

export function buildResolver(_services: Services) {
  const resolver = new Resolver().define(RESOLVER_KEYS.about, () => about(AVAILABLE));
  for (const key of Object.values(RESOLVER_KEYS)) {
    if (!AVAILABLE.includes(key)) resolver.define(key, () => notAvailableYet(`'${key}'`));
  }
  return resolver.getDefinitions();
}
