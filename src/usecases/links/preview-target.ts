import type { TargetPreview } from '../../contract';
import { ok, type Target } from '../../domain';
import { DEFAULT_EPIC_TYPE_NAMES, doneJql, scopeJql } from '../../jira';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import type { Outcome } from '../objectives/failure';
import { verifyTargets } from './verify-targets';

export const SAMPLE_SIZE = 5;

/**
 * What linking a target would count, before linking it: a label, the counts (as the app, so they may include issues
 * the caller cannot see, as a KR's progress does), and a few issues as the caller, so only issues they may browse are
 * named. The caller's access is checked first, as them: the app counts nothing for someone who cannot see the target.
 */
export async function previewTarget(
  services: Pick<Services, 'jiraAsApp' | 'jiraAsUser'>,
  caller: Caller,
  target: Target,
): Promise<Outcome<TargetPreview>> {
  const asUser = services.jiraAsUser(caller.accountId).api;
  const visible = await verifyTargets(asUser, [target], () => 'target');
  if (!visible.ok) return visible;
  const scope = scopeJql([target], { includeSubtasks: false, epicTypeNames: DEFAULT_EPIC_TYPE_NAMES });
  if (scope === undefined) throw new Error(`No scope for a ${target.kind} target`);
  const asApp = services.jiraAsApp().api;
  const [issues, done, sample] = await Promise.all([
    asApp.approximateCount({ jql: scope }),
    asApp.approximateCount({ jql: doneJql(scope) }),
    asUser.searchJql({ jql: `${scope} ORDER BY key ASC`, fields: ['summary'], maxResults: SAMPLE_SIZE }),
  ]);
  return ok({
    target,
    label: visible.value[0]?.label ?? target.kind,
    scope: { issues: issues.count ?? 0, done: Math.min(done.count ?? 0, issues.count ?? 0) },
    sample: (sample.issues ?? []).slice(0, SAMPLE_SIZE).map((issue) => ({
      key: issue.key ?? '',
      summary: typeof issue.fields?.['summary'] === 'string' ? issue.fields['summary'] : '',
    })),
  });
}
