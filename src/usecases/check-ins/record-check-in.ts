import type { RecordCheckInPayload, RecordedCheckIn } from '../../contract';
import { CheckIn, ok, parseOrError } from '../../domain';
import type { Services } from '../../services';
import { newRecordId } from '../../store';
import type { Caller } from '../objectives/caller';
import { failure, invalidField, notFound, type Outcome } from '../objectives/failure';
import { isFinal } from '../objectives/load-editable';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { applyMetricValue, isMetric } from './apply-metric-value';
import { refuseUnlessMayCheckIn } from './may-check-in';

/**
 * Records one check-in on a key result, authored by the caller. A `value` moves a metric KR's current value and its
 * stored progress. Everything that can refuse is checked before anything is written, and the check-in is stored only
 * once the value is, so a refusal (or a lost race) leaves storage as it was.
 */
export async function recordCheckIn(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: RecordCheckInPayload,
): Promise<Outcome<RecordedCheckIn>> {
  const keyResult = await services.repos.keyResults.get(input.keyResultId);
  if (!keyResult) return notFound('Key result', input.keyResultId);
  const objective = await services.repos.objectives.get(keyResult.objectiveId);
  if (!objective) return notFound('Objective', keyResult.objectiveId);
  const refused = await refuseUnlessMayCheckIn(caller, keyResult, objective);
  if (refused) return refused;
  if (isFinal(objective)) {
    return failure(
      'PERIOD_CLOSED',
      `The objective "${objective.title}" is ${objective.state}: its key results take no more check-ins.`,
    );
  }
  const periodClosed = await refuseIfPeriodClosed(services, objective.periodId);
  if (periodClosed) return periodClosed;
  if (input.value !== undefined && !isMetric(keyResult)) {
    return invalidField(
      'value',
      `only a metric key result takes a value; this one is measured by ${keyResult.source.type}`,
    );
  }

  const at = services.clock.now().toISOString();
  const checkIn = parseOrError(CheckIn, {
    id: newRecordId(),
    keyResultId: keyResult.id,
    authorId: caller.accountId,
    at,
    confidence: input.confidence,
    note: input.note,
    ...(input.value === undefined ? {} : { value: input.value }),
    ...(input.blockers ? { blockers: input.blockers } : {}),
  });
  if (!checkIn.ok) return checkIn;

  let progress: number | undefined;
  if (input.value !== undefined && isMetric(keyResult)) {
    const applied = await applyMetricValue(services, keyResult, input.value, at);
    if (!applied.ok) return applied;
    progress = applied.value;
  }
  await services.repos.checkIns.save(checkIn.value);
  return ok({ id: checkIn.value.id, keyResultId: keyResult.id, at, ...(progress === undefined ? {} : { progress }) });
}
