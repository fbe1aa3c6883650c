/**
 * Who is asking, as the use cases see it. The account id comes from the Forge invocation context, never from a
 * payload; whether the account is a Jira admin is asked of Jira (as that user) only when ownership does not settle it.
 */
import type { Objective } from '../../domain';
import { forbidden, type Failure } from './failure';

export interface Caller {
  accountId: string;
  /** Holds Jira's ADMINISTER global permission. May call Jira (cached briefly); throws JiraUnavailableError. */
  isAdmin(): Promise<boolean>;
}

/** An objective, its key results and their links may be edited by the objective's owners and by Jira admins. */
export async function mayEditObjective(caller: Caller, objective: Pick<Objective, 'ownerIds'>): Promise<boolean> {
  return objective.ownerIds.includes(caller.accountId) || (await caller.isAdmin());
}

export async function refuseUnlessEditor(
  caller: Caller,
  objective: Pick<Objective, 'ownerIds' | 'title'>,
): Promise<{ ok: false; error: Failure } | undefined> {
  if (await mayEditObjective(caller, objective)) return undefined;
  return forbidden(
    `Only the owners of the objective "${objective.title}" and Jira administrators may change it, its key results and their links.`,
  );
}
