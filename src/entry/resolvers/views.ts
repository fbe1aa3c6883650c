import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { gadget } from '../../usecases/views/gadget';
import { issueContext } from '../../usecases/views/issue-context';
import { issuePanel } from '../../usecases/views/issue-panel';
import { keyResultDetail } from '../../usecases/views/key-result-detail';
import { portfolio } from '../../usecases/views/portfolio';
import { projectPage } from '../../usecases/views/project-page';
import {
  GadgetPayload,
  IssuePayload,
  KeyResultDetailPayload,
  PortfolioPayload,
  ProjectPagePayload,
} from '../schemas/views';
import { defineKey, type ResolverHandler } from './define';

/**
 * Read-only views for any member. OKR data is visible to everyone on the site; Jira data (issue keys, summaries,
 * project and version names) only as the viewer may see it, because it is fetched as them.
 */
export function viewResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.issuePanel]: defineKey(services, k.issuePanel, {
      access: 'member',
      payload: IssuePayload,
      run: (input, caller) => issuePanel(services, caller, input.issueId),
    }),
    [k.issueContext]: defineKey(services, k.issueContext, {
      access: 'member',
      payload: IssuePayload,
      run: (input, caller) => issueContext(services, caller, input.issueId),
    }),
    [k.portfolio]: defineKey(services, k.portfolio, {
      access: 'member',
      payload: PortfolioPayload,
      run: (input) => portfolio(services, input),
    }),
    [k.keyResultDetail]: defineKey(services, k.keyResultDetail, {
      access: 'member',
      payload: KeyResultDetailPayload,
      run: (input, caller) => keyResultDetail(services, caller, input.keyResultId),
    }),
    [k.projectPage]: defineKey(services, k.projectPage, {
      access: 'member',
      payload: ProjectPagePayload,
      run: (input, caller) => projectPage(services, caller, input.projectId),
    }),
    [k.gadget]: defineKey(services, k.gadget, {
      access: 'member',
      payload: GadgetPayload,
      run: (input) => gadget(services, input),
    }),
  };
}
