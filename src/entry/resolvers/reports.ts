import type { Services } from '../../services';
import type { ResolverHandler } from './define';

/** Reports and PMO views (issue #8): the leadership report and a project's timeline. */
export function reportResolvers(_services: Services): Record<string, ResolverHandler> {
  return {};
}
