/** Compares what a strategy answered with the site's ground truth, and computes the cost lower bound. */
import type { IssueFact, KrRefreshResult } from '../../src/jira';
import type { BenchKeyResult, KrTruth } from './simulated-site';

export type Answer = { scope: number; done: number; points?: { total: number; done: number } } | { failed: string };

export function answerFromPlanner(result: KrRefreshResult): Answer {
  if (result.status === 'failed') return { failed: result.error.message };
  if (result.measure === 'count') return { ...result.counts };
  return fromIssues(result.issues);
}

export function fromIssues(issues: readonly IssueFact[]): Answer {
  const points = { total: 0, done: 0 };
  for (const issue of issues) {
    points.total += issue.points ?? 0;
    if (issue.statusCategory === 'done') points.done += issue.points ?? 0;
  }
  return { scope: issues.length, done: issues.filter((i) => i.statusCategory === 'done').length, points };
}

export function expectedAnswer(kr: BenchKeyResult, truth: KrTruth): Answer {
  const counts = { scope: truth.issueIds.length, done: truth.done };
  return kr.source.measure === 'count' ? counts : { ...counts, points: truth.points };
}

/** KR ids whose answer differs from the truth (count KRs are compared on counts, points KRs on counts and points). */
export function mismatches(
  keyResults: readonly BenchKeyResult[],
  answers: ReadonlyMap<string, Answer>,
  truth: (kr: BenchKeyResult) => KrTruth,
): string[] {
  return keyResults.flatMap((kr) => {
    const expected = expectedAnswer(kr, truth(kr));
    const got = answers.get(kr.id);
    if (!got || 'failed' in got) return [kr.id];
    const comparable = kr.source.measure === 'count' ? { scope: got.scope, done: got.done } : got;
    return JSON.stringify(comparable) === JSON.stringify(expected) ? [] : [kr.id];
  });
}

/**
 * The least any strategy could pay (DESIGN "Performance model"): 2 calls (1 point each) per count KR, and for each
 * points KR 1 point per issue in its scope plus 1 per page of 100.
 */
export function lowerBoundPoints(
  keyResults: readonly BenchKeyResult[],
  truth: (kr: BenchKeyResult) => KrTruth,
): number {
  return keyResults.reduce((sum, kr) => {
    if (kr.source.measure === 'count') return sum + 2;
    const issues = truth(kr).issueIds.length;
    return sum + issues + Math.max(1, Math.ceil(issues / 100));
  }, 0);
}
