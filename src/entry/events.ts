/**
 * Event-driven rollup: the issue-event trigger, the recompute consumer and the daily scheduled job.
 * Not built yet: each answers NOT_AVAILABLE_YET.
 */
import type { Services } from '../services';
import { notAvailableYet } from './not-available';

export function buildEventHandlers(_services: Services) {
  return {
    onIssueEvent: async (_event: unknown, _context?: unknown): Promise<unknown> =>
      notAvailableYet('Event-driven rollup'),
    onRecompute: async (_event: unknown, _context?: unknown): Promise<unknown> =>
      notAvailableYet('Key-result recompute'),
    onDailySchedule: async (_event?: unknown, _context?: unknown): Promise<unknown> =>
      notAvailableYet('The daily snapshot and reconcile job'),
  };
}
