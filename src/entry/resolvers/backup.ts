import type { Services } from '../../services';
import type { ResolverHandler } from './define';

/** Data safety (issue #9): export and import of every record, for Jira admins. */
export function backupResolvers(_services: Services): Record<string, ResolverHandler> {
  return {};
}
