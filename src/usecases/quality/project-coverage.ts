import type { KeyResult, UnalignedEpics } from '../../domain';
import { isJiraUnavailable, refetchIssues } from '../../jira';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { projectPage } from '../views/project-page';

/** Projects read per report: each costs the project page's few calls (project, epics, versions). */
export const MAX_COVERAGE_PROJECTS = 10;

export interface ProjectCoverage {
  unaligned: UnalignedEpics[];
  /** Project id → key, for the findings' labels. */
  labels: Map<string, string>;
  /** Why coverage is partial or missing, in words the report shows. */
  notes: string[];
}

/**
 * Alignment coverage for the projects a period's KRs link to (directly, or through their epics), as the project page
 * computes it, read as the viewer: a project they cannot browse is left out. Epics are placed in their project with
 * one bulkfetch per 100 epics; version targets are not followed (a call per version). When Jira does not answer, the
 * report says so and keeps everything read from storage.
 */
export async function projectCoverage(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  keyResults: readonly KeyResult[],
): Promise<ProjectCoverage> {
  const coverage: ProjectCoverage = { unaligned: [], labels: new Map(), notes: [] };
  try {
    const projectIds = await linkedProjects(services, caller, keyResults);
    if (projectIds.length > MAX_COVERAGE_PROJECTS) {
      coverage.notes.push(
        `Alignment coverage covers the first ${MAX_COVERAGE_PROJECTS} of the ${projectIds.length} linked projects; open each project's page for the others.`,
      );
    }
    for (const projectId of projectIds.slice(0, MAX_COVERAGE_PROJECTS)) {
      const page = await projectPage(services, caller, projectId);
      if (!page.ok) continue;
      const { project, unlinkedEpics, coverage: share } = page.value;
      const label = project.key || project.name || projectId;
      coverage.labels.set(projectId, label);
      const unaligned = unlinkedEpics.length;
      coverage.unaligned.push({
        projectId,
        label,
        epicIds: unlinkedEpics.map((e) => e.id),
        // The page answers the share covered; the in-progress total is what gives the finding its percentage.
        ...(unaligned > 0 && share < 1 ? { inProgressEpics: Math.round(unaligned / (1 - share)) } : {}),
      });
    }
  } catch (error) {
    if (!isJiraUnavailable(error)) throw error;
    console.warn('okr: quality report without alignment coverage, Jira unavailable:', error.message);
    return {
      unaligned: [],
      labels: new Map(),
      notes: [
        'Alignment coverage (in-progress epics that feed no key result) is left out: Jira is not answering right now.',
      ],
    };
  }
  return coverage;
}

async function linkedProjects(
  services: Pick<Services, 'jiraAsUser'>,
  caller: Caller,
  keyResults: readonly KeyResult[],
): Promise<string[]> {
  const projects = new Set<string>();
  const epics = new Set<string>();
  for (const kr of keyResults) {
    if (kr.source.type !== 'jira') continue;
    for (const target of kr.source.targets) {
      if (target.kind === 'project') projects.add(target.projectId);
      if (target.kind === 'epic') epics.add(target.issueId);
    }
  }
  if (epics.size > 0) {
    const { facts } = await refetchIssues(services.jiraAsUser(caller.accountId).api, [...epics], []);
    for (const fact of facts) projects.add(fact.projectId);
  }
  return [...projects].sort((a, b) => Number(a) - Number(b));
}
