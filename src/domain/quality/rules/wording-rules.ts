import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';
import { hasNumber, words } from '../text';

/** "Improve onboarding": a vague word and no number anywhere in a KR's title. */
export function krVagueWording({ keyResults, options }: RuleContext): QualityFinding[] {
  const vague = new Set(options.wording.vagueWords);
  const findings: QualityFinding[] = [];
  for (const kr of keyResults) {
    if (hasNumber(kr.title)) continue;
    const word = words(kr.title).find((w) => vague.has(w));
    if (word === undefined) continue;
    findings.push({
      ruleId: 'okr.kr-vague-wording',
      severity: 'warning',
      subject: { kind: 'key-result', id: kr.id },
      ...options.wording.messages.vagueWording({ word }),
    });
  }
  return findings;
}

/**
 * "Write the migration guide": a title opening with a task verb and holding no number, for objectives and KRs.
 * Only the opening word counts, so "Customers complete onboarding in 5 minutes" is not a task.
 */
export function taskWording({ objectives, keyResults, options }: RuleContext): QualityFinding[] {
  const verbs = new Set(options.wording.taskVerbs);
  const subjects = [
    ...objectives.map((o) => ({ kind: 'objective' as const, id: o.id, title: o.title })),
    ...keyResults.map((kr) => ({ kind: 'key-result' as const, id: kr.id, title: kr.title })),
  ];
  const findings: QualityFinding[] = [];
  for (const { kind, id, title } of subjects) {
    const verb = words(title)[0];
    if (verb === undefined || !verbs.has(verb) || hasNumber(title)) continue;
    findings.push({
      ruleId: 'okr.task-wording',
      severity: 'warning',
      subject: { kind, id },
      ...options.wording.messages.taskWording({ verb }),
    });
  }
  return findings;
}
