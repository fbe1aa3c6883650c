import { createHash } from 'node:crypto';
import { targetKey, type JiraSource, type KeyResult, type Target } from '../../domain';

/** The part of a Jira KR that decides which issues it counts and how: what a baseline is valid for. */
export interface IncrementalScope {
  measure: JiraSource['measure'];
  targets: readonly Exclude<Target, { kind: 'jql' }>[];
  includeSubtasks: boolean;
}

/**
 * Whether issue events can update this KR without Jira: a Jira source whose every target is an epic, project or
 * version (membership is decidable from an issue's fields). A JQL scope cannot be matched locally, and a period
 * baseline needs done dates, so those KRs are refreshed from Jira instead.
 */
export function incrementalScopeOf(kr: Pick<KeyResult, 'source' | 'baseline'>): IncrementalScope | undefined {
  const { source } = kr;
  if (source.type !== 'jira' || kr.baseline) return undefined;
  const targets: IncrementalScope['targets'][number][] = [];
  for (const target of source.targets) {
    if (target.kind === 'jql') return undefined;
    targets.push(target);
  }
  return { measure: source.measure, targets, includeSubtasks: source.includeSubtasks };
}

/** Changes whenever the KR's measure, targets or sub-task choice change; target order does not matter. */
export function fingerprintOf(source: Pick<JiraSource, 'measure' | 'targets' | 'includeSubtasks'>): string {
  const targets = [...new Set(source.targets.map(targetKey))].sort();
  const text = JSON.stringify({ measure: source.measure, includeSubtasks: source.includeSubtasks, targets });
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 40);
}
