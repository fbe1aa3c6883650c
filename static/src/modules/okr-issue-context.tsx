import type { IssueContextView } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { plural } from '../format';
import { useResource } from '../use-resource';

/** jira:issueContext — one line: how many KRs this issue feeds and how many need attention. Kept tiny on purpose. */
export default function IssueContextBadge() {
  const { api, context } = useServices();
  const issueId = context.extension.issue?.id ?? '';
  const badge = useResource(`context:${issueId}`, () => api.issueContext({ issueId }));
  return <AsyncView resource={badge} what="key results">{(view) => <p className="okr-badge">{badgeText(view)}</p>}</AsyncView>;
}

export function badgeText(view: IssueContextView): string {
  if (view.feeds === 0) return 'Feeds no key result';
  const parts = [`Feeds ${plural(view.feeds, 'KR')}`];
  if (view.atRisk) parts.push(`${view.atRisk} at risk`);
  if (view.offTrack) parts.push(`${view.offTrack} off track`);
  if (view.stale) parts.push(`${view.stale} stale`);
  if (parts.length === 1) parts.push('none at risk');
  return parts.join(' · ');
}
