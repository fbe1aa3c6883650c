import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/** At most 5 KRs per objective, 3 recommended: a note above 3, a warning above 5. */
export function objectiveKrCount({ objectives, keyResults, options }: RuleContext): QualityFinding[] {
  const counts = new Map<string, number>();
  for (const kr of keyResults) counts.set(kr.objectiveId, (counts.get(kr.objectiveId) ?? 0) + 1);
  const { messages } = options.wording;
  const { recommendedKeyResults: recommended, maxKeyResults: max } = options;
  const findings: QualityFinding[] = [];
  for (const o of objectives) {
    const count = counts.get(o.id) ?? 0;
    const subject = { kind: 'objective' as const, id: o.id };
    if (count > max) {
      findings.push({
        ruleId: 'okr.objective-kr-count',
        severity: 'warning',
        subject,
        ...messages.tooManyKeyResults({ count, max }),
      });
    } else if (count > recommended) {
      findings.push({
        ruleId: 'okr.objective-kr-count',
        severity: 'info',
        subject,
        ...messages.manyKeyResults({ count, recommended, max }),
      });
    }
  }
  return findings;
}
