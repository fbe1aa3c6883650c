import type { CheckQualityPayload, QualityFindingDto } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import type { Outcome } from '../objectives/failure';
import { checkKeyResultDraft } from './check-key-result-draft';
import { checkObjectiveDraft } from './check-objective-draft';

/**
 * The findings a form shows while an objective or a KR is written: about the draft itself and what it tips over for
 * its team or objective. Reads storage only (no Jira call), so it can run on every pause in typing; it writes nothing.
 */
export async function checkQuality(
  services: Pick<Services, 'repos' | 'clock'>,
  payload: CheckQualityPayload,
): Promise<Outcome<QualityFindingDto[]>> {
  if (payload.keyResult) return checkKeyResultDraft(services, payload.keyResult);
  if (payload.objective) return checkObjectiveDraft(services, payload.objective);
  // The schema requires one of the two; nothing to check is no finding.
  return ok([]);
}
