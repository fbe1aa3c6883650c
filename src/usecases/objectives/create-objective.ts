import type { ObjectiveInput, Written } from '../../contract';
import { type Objective } from '../../domain';
import type { Services } from '../../services';
import { newRecordId } from '../../store';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { resolvePeriod } from '../periods/resolve-period';
import type { Caller } from './caller';
import { checkParent } from './check-parent';
import { invalidField, type Outcome } from './failure';
import { written } from './written';

/**
 * A new objective starts active: there is no separate activation step, and only an active objective can be closed
 * and graded. Anyone allowed to create one must name themselves among its owners unless they are a Jira admin, so
 * nobody creates an objective they could not edit afterwards, or one in other people's names only.
 */
export async function createObjective(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: ObjectiveInput,
): Promise<Outcome<Written>> {
  if (!input.ownerIds.includes(caller.accountId) && !(await caller.isAdmin())) {
    return invalidField('ownerIds', 'must include you: only owners and Jira admins may edit an objective');
  }
  const settings = await services.repos.settings.get();
  if (!resolvePeriod(input.periodId, settings)) return invalidField('periodId', 'is not a period of this site');
  const periodClosed = await refuseIfPeriodClosed(services, input.periodId);
  if (periodClosed) return periodClosed;
  if (input.parent) {
    const parent = await checkParent(services, undefined, input.parent);
    if (!parent.ok) return parent;
  }
  const now = services.clock.now().toISOString();
  const objective: Objective = {
    id: newRecordId(),
    title: input.title,
    ...(input.description === undefined ? {} : { description: input.description }),
    periodId: input.periodId,
    level: input.level,
    ...(input.team === undefined ? {} : { team: input.team }),
    ownerIds: input.ownerIds,
    ...(input.parent === undefined ? {} : { parent: input.parent }),
    // null and absent both mean the site's cadence, which is stored as no override at all.
    ...(input.checkInCadenceDays == null ? {} : { checkInCadenceDays: input.checkInCadenceDays }),
    state: 'active',
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  return written(await services.repos.objectives.create(objective));
}
