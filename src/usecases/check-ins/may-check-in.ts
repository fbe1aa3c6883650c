import type { KeyResult, Objective } from '../../domain';
import type { Caller } from '../objectives/caller';
import { forbidden, type Failure } from '../objectives/failure';

/**
 * A KR's champions check in on it, and so may its objective's owners and Jira admins. Champions may report on a KR
 * without being allowed to edit the objective, which is why this is wider than `mayEditObjective`.
 */
export async function refuseUnlessMayCheckIn(
  caller: Caller,
  keyResult: Pick<KeyResult, 'ownerIds' | 'title'>,
  objective: Pick<Objective, 'ownerIds'>,
): Promise<{ ok: false; error: Failure } | undefined> {
  if (keyResult.ownerIds.includes(caller.accountId) || objective.ownerIds.includes(caller.accountId)) return undefined;
  if (await caller.isAdmin()) return undefined;
  return forbidden(
    `Only the owners of the key result "${keyResult.title}", the owners of its objective and Jira administrators may check in on it.`,
  );
}
