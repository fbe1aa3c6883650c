import type { Services } from '../../services';
import type { ResolverHandler } from './define';

/** OKR quality coaching (issue #7): checks while writing and the report per period and team. */
export function qualityResolvers(_services: Services): Record<string, ResolverHandler> {
  return {};
}
