import type { Period } from '../../model/period';
import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/** Company objectives are the top of the tree; every other level should align to a parent. */
export function objectiveOrphan({ objectives, options }: RuleContext): QualityFinding[] {
  return objectives
    .filter((o) => o.level !== 'company' && !o.parent)
    .map((o): QualityFinding => ({
      ruleId: 'okr.objective-orphan',
      severity: 'info',
      subject: { kind: 'objective', id: o.id },
      ...options.wording.messages.orphanObjective(),
    }));
}

/**
 * A child in another period than its parent. When both periods are known, a child whose period lies within the
 * parent's (a quarter under a year) is fine. A parent outside the set is not judged.
 */
export function objectivePeriodMismatch({ objectives, periods, options }: RuleContext): QualityFinding[] {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const periodById = new Map((periods ?? []).map((p) => [p.id, p]));
  const findings: QualityFinding[] = [];
  for (const o of objectives) {
    const parent = o.parent && byId.get(o.parent.objectiveId);
    if (!parent || parent.periodId === o.periodId) continue;
    if (within(periodById.get(o.periodId), periodById.get(parent.periodId))) continue;
    findings.push({
      ruleId: 'okr.objective-period-mismatch',
      severity: 'warning',
      subject: { kind: 'objective', id: o.id },
      ...options.wording.messages.periodMismatch({ periodId: o.periodId, parentPeriodId: parent.periodId }),
    });
  }
  return findings;
}

// ISO days compare correctly as strings.
function within(inner: Period | undefined, outer: Period | undefined): boolean {
  return !!inner && !!outer && inner.start >= outer.start && inner.end <= outer.end;
}
