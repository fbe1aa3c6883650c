import { requestRecompute, type RecomputeReason } from '../recompute/recompute-job';

/**
 * Asks the recompute queue to refresh these KRs after a write that changes what they measure. The write has already
 * succeeded, so a failed push is logged, not answered: the daily reconcile picks the KR up, and a retry by the user
 * would only meet ALREADY_LINKED or CONFLICT.
 */
export async function recomputeSoon(
  services: Parameters<typeof requestRecompute>[0],
  keyResultIds: readonly string[],
  reason: RecomputeReason,
): Promise<void> {
  try {
    await requestRecompute(services, keyResultIds, reason);
  } catch (error) {
    console.error(`okr: could not queue a recompute (${reason}) for ${keyResultIds.join(', ')}:`, error);
  }
}
