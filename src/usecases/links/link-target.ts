import type { LinkTargetPayload, Written } from '../../contract';
import { ok, targetKey, type JiraSource, type KeyResult } from '../../domain';
import type { Services } from '../../services';
import { syncLinks } from '../key-results/sync-links';
import type { Caller } from '../objectives/caller';
import { failure, invalidField, notFound, type Outcome } from '../objectives/failure';
import { loadEditableObjective } from '../objectives/load-editable';
import { saveTargets } from './save-targets';
import { verifyTargets } from './verify-targets';

/** The most targets one KR counts: past this a JQL scope says it better, and the KR record stays small. */
export const MAX_TARGETS = 50;

/** A link carries no version (it only adds), so a concurrent edit of the KR is met by re-reading and trying again. */
const ATTEMPTS = 3;

/**
 * Links an epic, project, version or JQL scope to a Jira-measured KR: the target joins the KR's source (the record
 * that is the truth) and the links index, and the KR is queued for recompute. A target already linked is an expected
 * outcome, ALREADY_LINKED. The caller must be able to see the target in Jira.
 */
export async function linkTarget(
  services: Pick<Services, 'repos' | 'clock' | 'jiraAsUser' | 'recomputeQueue'>,
  caller: Caller,
  input: LinkTargetPayload,
): Promise<Outcome<Written>> {
  let verified = false;
  for (let attempt = 1; ; attempt += 1) {
    const current = await services.repos.keyResults.get(input.keyResultId);
    if (!current) return notFound('Key result', input.keyResultId);
    const objective = await loadEditableObjective(services, caller, current.objectiveId, { path: 'keyResultId' });
    if (!objective.ok) return objective;
    const source = jiraSourceOf(current);
    if (!source.ok) return source;
    const key = targetKey(input.target);
    if (source.value.targets.some((t) => targetKey(t) === key)) {
      await syncLinks(services, current.id, source.value.targets, source.value.targets, caller.accountId);
      return failure('ALREADY_LINKED', `${describe(input.target)} is already linked to "${current.title}".`);
    }
    if (source.value.targets.length >= MAX_TARGETS) {
      return invalidField('target', `cannot be added: "${current.title}" already counts ${MAX_TARGETS} targets`);
    }
    if (!verified) {
      const visible = await verifyTargets(services.jiraAsUser(caller.accountId).api, [input.target], () => 'target');
      if (!visible.ok) return visible;
      verified = true;
    }
    const targets = [...source.value.targets, input.target];
    const written = await saveTargets(services, caller, current, source.value, targets, attempt < ATTEMPTS);
    if (written) return written;
  }
}

export function jiraSourceOf(keyResult: KeyResult): Outcome<JiraSource> {
  if (keyResult.source.type === 'jira') return ok(keyResult.source);
  return invalidField(
    'keyResultId',
    `measures ${keyResult.source.type === 'metric' ? 'a metric' : 'milestones'}: only a key result measured from Jira work counts linked work`,
  );
}

export function describe(target: LinkTargetPayload['target']): string {
  switch (target.kind) {
    case 'epic':
      return `Epic ${target.issueId}`;
    case 'project':
      return `Project ${target.projectId}`;
    case 'version':
      return `Version ${target.versionId}`;
    case 'jql':
      return 'This JQL scope';
  }
}
