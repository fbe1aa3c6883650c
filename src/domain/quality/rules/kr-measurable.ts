import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/**
 * A KR needs a numeric target (metric) or a Jira-derived source. A checklist of one milestone is binary, so it
 * is flagged too; two or more milestones show progress and pass.
 */
export function krMeasurable({ keyResults, options }: RuleContext): QualityFinding[] {
  const { messages } = options.wording;
  const findings: QualityFinding[] = [];
  for (const kr of keyResults) {
    const subject = { kind: 'key-result' as const, id: kr.id };
    if (!kr.source) {
      findings.push({ ruleId: 'okr.kr-measurable', severity: 'warning', subject, ...messages.noMeasure() });
    } else if (kr.source.type === 'milestones' && kr.source.items.length <= 1) {
      findings.push({ ruleId: 'okr.kr-measurable', severity: 'warning', subject, ...messages.singleMilestone() });
    }
  }
  return findings;
}
