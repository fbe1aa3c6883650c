import { isApiError } from 'jira.js/core';
import { ok, targetKey, type FieldError, type Target } from '../../domain';
import { InvalidJiraInputError, wrapUserJql, type JiraClient } from '../../jira';
import { failure, type Outcome } from '../objectives/failure';

/** What the viewer may know about a target they can see: a label to show for it. */
export interface VisibleTarget {
  target: Target;
  label: string;
}

type Api = JiraClient['api'];

/**
 * Checks, as the user who asks, that every target exists and is theirs to see, before the app counts its issues as
 * itself: linking work one cannot browse would let counts of hidden work be measured on demand. Epics must be epics.
 * JQL is checked by Jira. Costs one call for all epics, one for all projects, one per version and per JQL scope.
 * `pathOf(i)` names the payload field of target i, for the VALIDATION answer.
 */
export async function verifyTargets(
  api: Api,
  targets: readonly Target[],
  pathOf: (index: number) => string,
): Promise<Outcome<VisibleTarget[]>> {
  const problems: FieldError[] = [];
  const labels = new Map<string, string>();
  const indexed = targets.map((target, index) => ({ target, index }));
  const ofKind = <K extends Target['kind']>(kind: K) =>
    indexed.filter((t): t is { target: Extract<Target, { kind: K }>; index: number } => t.target.kind === kind);

  const epics = ofKind('epic');
  if (epics.length > 0) {
    const found = await epicsVisible(api, [...new Set(epics.map((e) => e.target.issueId))]);
    for (const { target, index } of epics) {
      const epic = found.get(target.issueId);
      if (!epic) problems.push({ path: `${pathOf(index)}.issueId`, message: 'is no issue you can see in Jira' });
      else if (!epic.isEpic) problems.push({ path: `${pathOf(index)}.issueId`, message: `${epic.key} is not an epic` });
      else labels.set(targetKey(target), `${epic.key} ${epic.summary}`);
    }
  }

  const projects = ofKind('project');
  if (projects.length > 0) {
    const found = await projectsVisible(api, [...new Set(projects.map((p) => p.target.projectId))]);
    for (const { target, index } of projects) {
      const label = found.get(target.projectId);
      if (label === undefined)
        problems.push({ path: `${pathOf(index)}.projectId`, message: 'is no project you can see' });
      else labels.set(targetKey(target), label);
    }
  }

  for (const { target, index } of ofKind('version')) {
    const name = await versionName(api, target.versionId);
    if (name === undefined) problems.push({ path: `${pathOf(index)}.versionId`, message: 'is no version you can see' });
    else labels.set(targetKey(target), `Fix version ${name}`);
  }

  for (const { target, index } of ofKind('jql')) {
    const problem = await jqlProblem(api, target.jql);
    if (problem !== undefined) problems.push({ path: `${pathOf(index)}.jql`, message: problem });
    else labels.set(targetKey(target), target.jql);
  }

  if (problems.length > 0) {
    const message = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    return failure('VALIDATION', message, problems);
  }
  return ok(targets.map((target) => ({ target, label: labels.get(targetKey(target)) ?? targetKey(target) })));
}

interface EpicFacts {
  key: string;
  summary: string;
  isEpic: boolean;
}

/** Issues the user can see, by id; bulkfetch leaves out both missing and unpermitted ones (≤ 100 per call). */
export async function epicsVisible(api: Api, ids: readonly string[]): Promise<Map<string, EpicFacts>> {
  const found = new Map<string, EpicFacts>();
  for (let start = 0; start < ids.length; start += 100) {
    const chunk = ids.slice(start, start + 100);
    const result = await api.bulkFetchIssues({ issueIdsOrKeys: chunk, fields: ['summary', 'issuetype'] });
    for (const issue of result.issues ?? []) {
      const fields = (issue.fields ?? {}) as { summary?: unknown; issuetype?: { hierarchyLevel?: unknown } };
      if (!issue.id || !issue.key) continue;
      found.set(issue.id, {
        key: issue.key,
        summary: typeof fields.summary === 'string' ? fields.summary : '',
        isEpic: fields.issuetype?.hierarchyLevel === 1,
      });
    }
  }
  return found;
}

/** Projects the user can browse, by id, labelled `Name (KEY)`. */
export async function projectsVisible(api: Api, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let start = 0; start < ids.length; start += 50) {
    const chunk = ids.slice(start, start + 50);
    const page = await api.searchProjects({ id: chunk.map(Number), maxResults: 50 });
    for (const project of page.values ?? []) {
      if (project.id) found.set(String(project.id), `${project.name ?? ''} (${project.key ?? ''})`.trim());
    }
  }
  return found;
}

async function versionName(api: Api, versionId: string): Promise<string | undefined> {
  try {
    const version = await api.getVersion({ id: versionId });
    return version.name ?? versionId;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}

/** Why Jira (as this user) refuses the JQL, or undefined when it runs. */
async function jqlProblem(api: Api, jql: string): Promise<string | undefined> {
  let wrapped: string;
  try {
    wrapped = wrapUserJql(jql);
  } catch (error) {
    if (error instanceof InvalidJiraInputError) return error.message;
    throw error;
  }
  try {
    await api.approximateCount({ jql: wrapped });
    return undefined;
  } catch (error) {
    if (!isApiError(error) || error.status !== 400) throw error;
    const body = error.body as { errorMessages?: unknown } | undefined;
    const messages = Array.isArray(body?.errorMessages) ? body.errorMessages.map(String) : [];
    return messages.length > 0 ? `Jira refused it: ${messages.join(' ')}` : 'Jira refused it';
  }
}
