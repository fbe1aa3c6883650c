import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { checkInDraft } from '../../usecases/check-ins/check-in-draft';
import { dueCheckIns } from '../../usecases/check-ins/due-check-ins';
import { editCheckIn } from '../../usecases/check-ins/edit-check-in';
import { recordCheckIn } from '../../usecases/check-ins/record-check-in';
import {
  CheckInDraftPayload,
  DueCheckInsPayload,
  EditCheckInPayload,
  RecordCheckInPayload,
} from '../schemas/check-ins';
import { defineKey, type ResolverHandler } from './define';

/**
 * Check-ins: recorded by a KR's champions, its objective's owners and Jira admins; edited by their author or a Jira
 * admin (both checked by the use case). Any member may see who owes a check-in.
 */
export function checkInResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.recordCheckIn]: defineKey(services, k.recordCheckIn, {
      access: 'member',
      payload: RecordCheckInPayload,
      run: (input, caller) => recordCheckIn(services, caller, input),
    }),
    [k.checkInDraft]: defineKey(services, k.checkInDraft, {
      access: 'member',
      payload: CheckInDraftPayload,
      run: (input, caller) => checkInDraft(services, caller, input.keyResultId),
    }),
    [k.editCheckIn]: defineKey(services, k.editCheckIn, {
      access: 'member',
      payload: EditCheckInPayload,
      run: (input, caller) => editCheckIn(services, caller, input),
    }),
    [k.dueCheckIns]: defineKey(services, k.dueCheckIns, {
      access: 'member',
      payload: DueCheckInsPayload,
      run: (input, caller) => dueCheckIns(services, caller, input),
    }),
  };
}
