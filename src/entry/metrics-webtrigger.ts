/** The metrics web trigger: metric values for KRs from outside Jira. Not built yet: answers HTTP 501. */
import type { Services } from '../services';
import { notAvailableYet } from './not-available';

export interface WebTriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

export function buildMetricsWebtrigger(_services: Services) {
  return async (_request: unknown, _context?: unknown): Promise<WebTriggerResponse> => ({
    statusCode: 501,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify(notAvailableYet('The metrics web trigger')),
  });
}
