import type { QualityFinding } from '../finding';
import type { QualityObjective, RuleContext } from '../input';

/** 3–5 objectives per team and period. */
export function teamObjectiveCount({ objectives, options }: RuleContext): QualityFinding[] {
  const groups = new Map<string, { team: string; periodId: string; items: QualityObjective[] }>();
  for (const o of objectives) {
    if (!o.team) continue;
    const key = `${o.team}@${o.periodId}`;
    const group = groups.get(key) ?? { team: o.team, periodId: o.periodId, items: [] };
    group.items.push(o);
    groups.set(key, group);
  }
  const findings: QualityFinding[] = [];
  const { messages } = options.wording;
  for (const [id, { team, periodId, items }] of groups) {
    const count = items.length;
    const subject = { kind: 'team' as const, id };
    if (count > options.maxObjectivesPerTeam) {
      const max = options.maxObjectivesPerTeam;
      findings.push({
        ruleId: 'okr.team-objective-count',
        severity: 'warning',
        subject,
        ...messages.tooManyTeamObjectives({ team, periodId, count, max }),
      });
    } else if (count < options.minObjectivesPerTeam) {
      const { minObjectivesPerTeam: min, maxObjectivesPerTeam: max } = options;
      findings.push({
        ruleId: 'okr.team-objective-count',
        severity: 'info',
        subject,
        ...messages.tooFewTeamObjectives({ team, periodId, count, min, max }),
      });
    }
  }
  return findings;
}
