import type { QualityFinding } from './finding';
import type { ObjectiveSetInput, QualityOptions, QualityRule } from './input';
import { alignmentCoverage } from './rules/alignment-coverage';
import { objectiveOrphan, objectivePeriodMismatch } from './rules/alignment';
import { krMeasurable } from './rules/kr-measurable';
import { krOutputOnly } from './rules/kr-output-only';
import { krUnlinkedWork } from './rules/kr-unlinked-work';
import { missingOwner } from './rules/missing-owner';
import { objectiveKrCount } from './rules/objective-kr-count';
import { teamObjectiveCount } from './rules/team-objective-count';
import { krVagueWording, taskWording } from './rules/wording-rules';
import { wordingEn } from './wording-en';

export const defaultQualityOptions: QualityOptions = {
  minObjectivesPerTeam: 3,
  maxObjectivesPerTeam: 5,
  recommendedKeyResults: 3,
  maxKeyResults: 5,
  minAlignmentCoverage: 0.8,
  wording: wordingEn,
};

const rules: readonly QualityRule[] = [
  teamObjectiveCount,
  objectiveKrCount,
  krMeasurable,
  krOutputOnly,
  krVagueWording,
  taskWording,
  missingOwner,
  krUnlinkedWork,
  objectiveOrphan,
  objectivePeriodMismatch,
  alignmentCoverage,
];

/**
 * Every quality finding for a set of OKRs (a team's period, say), sorted by subject then rule so the same set
 * gives the same list whatever order it was read in. Abandoned objectives and their KRs are past coaching: they
 * are left out, and do not count toward their team's objectives either.
 */
export function checkObjectiveSet(input: ObjectiveSetInput, options: Partial<QualityOptions> = {}): QualityFinding[] {
  const abandoned = new Set(input.objectives.filter((o) => o.state === 'abandoned').map((o) => o.id));
  const ctx = {
    ...input,
    objectives: input.objectives.filter((o) => !abandoned.has(o.id)),
    keyResults: input.keyResults.filter((kr) => !abandoned.has(kr.objectiveId)),
    options: { ...defaultQualityOptions, ...options },
  };
  return rules.flatMap((rule) => rule(ctx)).sort(compareFindings);
}

const kindOrder = { team: 0, project: 1, objective: 2, 'key-result': 3 } as const;

export function compareFindings(a: QualityFinding, b: QualityFinding): number {
  return (
    kindOrder[a.subject.kind] - kindOrder[b.subject.kind] ||
    compareText(a.subject.id, b.subject.id) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.reason, b.reason)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
