/** KrRefreshResult → plain numbers a test can compare with hand-computed expectations. */
import type { KrRefreshResult } from '../../../../src/jira';
import type { SmallSite } from './small-site';

export type Summary =
  { scope: number; done: number } | { keys: string[]; total: number; done: number } | { failed: string };

export function summarize(result: KrRefreshResult, site: Pick<SmallSite, 'key'>): Summary {
  if (result.status === 'failed') return { failed: (result.error as { code?: string }).code ?? result.error.name };
  if (result.measure === 'count') return { ...result.counts };
  let total = 0;
  let done = 0;
  for (const issue of result.issues) {
    total += issue.points ?? 0;
    if (issue.statusCategory === 'done') done += issue.points ?? 0;
  }
  return { keys: result.issues.map((i) => site.key(i.id)).sort(), total, done };
}

export function summarizeAll(
  results: readonly KrRefreshResult[],
  site: Pick<SmallSite, 'key'>,
): Record<string, Summary> {
  return Object.fromEntries(results.map((r) => [r.krId, summarize(r, site)]));
}

export function byId(results: readonly KrRefreshResult[], krId: string): KrRefreshResult {
  const found = results.find((r) => r.krId === krId);
  if (!found) throw new Error(`no result for ${krId}`);
  return found;
}
