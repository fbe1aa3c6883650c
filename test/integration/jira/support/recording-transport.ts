/**
 * A JiraFetch wrapper that records what reached Jira and what Jira answered, on the simulated clock, so tests can
 * check the timing rules (no retry before Retry-After, quota pauses) from the outside.
 */
import type { Clock, JiraFetch } from '../../../../src/platform';

export interface Exchange {
  /** Same method + path + body: a retry repeats its call exactly. */
  call: string;
  sentAt: number;
  answeredAt: number;
  status: number | 'no-response';
  retryAfterMs?: number;
  rateLimitReason?: string;
}

export function recordExchanges(inner: JiraFetch, clock: Clock): { fetch: JiraFetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const fetch: JiraFetch = async (path, init) => {
    const call = `${init?.method ?? 'GET'} ${path} ${init?.body ?? ''}`;
    const sentAt = clock.now().getTime();
    try {
      const response = await inner(path, init);
      const retryAfter = response.headers.get('Retry-After');
      const reason = response.headers.get('RateLimit-Reason');
      exchanges.push({
        call,
        sentAt,
        answeredAt: clock.now().getTime(),
        status: response.status,
        ...(retryAfter !== null ? { retryAfterMs: Number(retryAfter) * 1000 } : {}),
        ...(reason !== null ? { rateLimitReason: reason } : {}),
      });
      return response;
    } catch (error) {
      exchanges.push({ call, sentAt, answeredAt: clock.now().getTime(), status: 'no-response' });
      throw error;
    }
  };
  return { fetch, exchanges };
}
