import type { QualityFinding } from '../finding';
import type { RuleContext } from '../input';

/**
 * Per project, in-progress epics that feed no KR. The coverage % needs the project's in-progress epic total;
 * without it the finding names the count alone.
 */
export function alignmentCoverage({ epicsFeedingNoKr, options }: RuleContext): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (const { projectId, label, epicIds, inProgressEpics } of epicsFeedingNoKr ?? []) {
    const unaligned = new Set(epicIds).size;
    if (unaligned === 0) continue;
    const total = inProgressEpics !== undefined && inProgressEpics >= unaligned ? inProgressEpics : undefined;
    const coverage = total === undefined ? undefined : (total - unaligned) / total;
    findings.push({
      ruleId: 'okr.project-alignment-coverage',
      severity: coverage !== undefined && coverage >= options.minAlignmentCoverage ? 'info' : 'warning',
      subject: { kind: 'project', id: projectId },
      ...options.wording.messages.alignmentCoverage({
        projectId: label ?? projectId,
        unaligned,
        coveragePercent: coverage === undefined ? undefined : Math.floor(coverage * 100),
      }),
    });
  }
  return findings;
}
