import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/** Stored records always have an owner; drafts and imported data may not. Blank ids count as none. */
export function missingOwner({ objectives, keyResults, options }: RuleContext): QualityFinding[] {
  const subjects = [
    ...objectives.map((o) => ({ kind: 'objective' as const, id: o.id, ownerIds: o.ownerIds })),
    ...keyResults.map((kr) => ({ kind: 'key-result' as const, id: kr.id, ownerIds: kr.ownerIds })),
  ];
  return subjects
    .filter((s) => !s.ownerIds.some((id) => id.trim() !== ''))
    .map((s): QualityFinding => ({
      ruleId: 'okr.missing-owner',
      severity: 'warning',
      subject: { kind: s.kind, id: s.id },
      ...options.wording.messages.missingOwner({ subject: s.kind }),
    }));
}
