import type { Services } from '../../services';
import type { ResolverHandler } from './define';

/** Period close (issue #7): the worksheet, grades, carry-over and closing a period. */
export function periodCloseResolvers(_services: Services): Record<string, ResolverHandler> {
  return {};
}
