import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/** A Jira KR with nothing linked measures nothing: the link store's count wins over the KR's own targets. */
export function krUnlinkedWork({ keyResults, linkedTargetsByKr, options }: RuleContext): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (const kr of keyResults) {
    if (kr.source?.type !== 'jira') continue;
    const linked = linkedTargetsByKr?.get(kr.id) ?? kr.source.targets.length;
    if (linked > 0) continue;
    findings.push({
      ruleId: 'okr.kr-unlinked-work',
      severity: 'warning',
      subject: { kind: 'key-result', id: kr.id },
      ...options.wording.messages.unlinkedWork(),
    });
  }
  return findings;
}
