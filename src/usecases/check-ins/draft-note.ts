import type { CheckInDraft, KrSourceDto } from '../../contract';

type Since = NonNullable<CheckInDraft['since']>;

/** Amounts in the KR's own unit, as a person would say them. */
function amount(n: number, sourceType: KrSourceDto['type'], measure?: 'count' | 'points'): string {
  if (sourceType !== 'jira') return `${Math.round(n * 100)} percentage points of progress`;
  const unit = measure === 'points' ? 'story point' : 'issue';
  return `${n} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
}

/**
 * The note a check-in form opens with: what moved since the last check-in (work done, scope added, pace), in plain
 * words the owner edits. Before the first check-in, or with no snapshot to compare with, it says so instead.
 */
export function draftNote(
  since: Since | undefined,
  lastCheckInAt: string | undefined,
  sourceType: KrSourceDto['type'],
  measure?: 'count' | 'points',
): string {
  if (!lastCheckInAt) return 'First check-in: where this key result stands, and what comes next.';
  if (!since) return `Since the last check-in (${lastCheckInAt.slice(0, 10)}): no stored progress to compare with yet.`;
  const lines = [`Since the last check-in (${lastCheckInAt.slice(0, 10)}):`];
  if (sourceType === 'jira') {
    lines.push(`- ${amount(since.doneAdded, sourceType, measure)} done`);
    lines.push(`- ${amount(since.scopeAdded, sourceType, measure)} added to scope`);
  } else {
    lines.push(`- ${amount(since.doneAdded, sourceType)}`);
  }
  const points = Math.round(since.paceChange * 100);
  lines.push(
    points === 0
      ? '- pace unchanged'
      : `- pace ${points > 0 ? 'up' : 'down'} ${Math.abs(points)} percentage point${Math.abs(points) === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}
