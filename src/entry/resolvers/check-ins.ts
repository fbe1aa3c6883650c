import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { checkInDraft } from '../../usecases/check-ins/check-in-draft';
import { recordCheckIn } from '../../usecases/check-ins/record-check-in';
import { CheckInDraftPayload, RecordCheckInPayload } from '../schemas/check-ins';
import { defineKey, type ResolverHandler } from './define';

/** Check-ins: by a KR's champions, its objective's owners and Jira admins (checked by the use case). */
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
  };
}
