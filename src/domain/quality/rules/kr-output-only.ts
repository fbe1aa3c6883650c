import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/**
 * A Jira KR counts delivered work (issues or story points): output. It is flagged only when its objective has
 * no metric KR, since one outcome metric beside it is the pairing the owner is invited to make.
 */
export function krOutputOnly({ keyResults, options }: RuleContext): QualityFinding[] {
  const withMetric = new Set(keyResults.filter((kr) => kr.source?.type === 'metric').map((kr) => kr.objectiveId));
  const { messages } = options.wording;
  return keyResults
    .filter((kr) => kr.source?.type === 'jira' && !withMetric.has(kr.objectiveId))
    .map((kr): QualityFinding => ({
      ruleId: 'okr.kr-output-only',
      severity: 'info',
      subject: { kind: 'key-result', id: kr.id },
      ...messages.outputOnly(),
    }));
}
