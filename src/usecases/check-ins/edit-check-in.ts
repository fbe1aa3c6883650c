import type { EditCheckInPayload, Written } from '../../contract';
import { CheckIn, ok, parseOrError, type CheckInRevision } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { failure, forbidden, invalidField, notFound, type Outcome } from '../objectives/failure';
import { isFinal } from '../objectives/load-editable';
import { applyMetricValue, isMetric } from './apply-metric-value';

/**
 * Past this many edits a check-in refuses more: every earlier version is kept inside the one record, and a record
 * holds 240 KiB (ten versions of 4,000 characters of 4-byte text stay well inside it). Nothing is dropped to make room.
 */
export const MAX_CHECK_IN_EDITS = 10;

/**
 * Replaces a check-in's content, keeping what it said before among its revisions (who replaced it, and when), so
 * nothing said in a check-in is ever lost. Only its author and Jira admins may edit it. As for a new check-in, every
 * refusal comes before any write.
 *
 * A new value moves the metric only when this is the KR's latest check-in. An older check-in's value has since been
 * superseded by a later reading; correcting it fixes the record without turning the metric back to an old number.
 */
export async function editCheckIn(
  services: Pick<Services, 'repos' | 'clock'>,
  caller: Caller,
  input: EditCheckInPayload,
): Promise<Outcome<Written>> {
  const { repos } = services;
  const stored = await repos.checkIns.get(input.checkInId);
  // A check-in named under another KR is treated as missing: the pair must agree, so a stale form edits nothing.
  if (!stored || stored.keyResultId !== input.keyResultId) return notFound('Check-in', input.checkInId);
  const keyResult = await repos.keyResults.get(stored.keyResultId);
  if (!keyResult) return notFound('Key result', stored.keyResultId);
  const objective = await repos.objectives.get(keyResult.objectiveId);
  if (!objective) return notFound('Objective', keyResult.objectiveId);
  if (stored.authorId !== caller.accountId && !(await caller.isAdmin())) {
    return forbidden('Only the author of a check-in and Jira administrators may edit it.');
  }
  if (isFinal(objective)) {
    return failure(
      'PERIOD_CLOSED',
      `The objective "${objective.title}" is ${objective.state}: its check-ins can no longer change.`,
    );
  }
  if (input.value !== undefined && !isMetric(keyResult)) {
    return invalidField(
      'value',
      `only a metric key result takes a value; this one is measured by ${keyResult.source.type}`,
    );
  }
  const revisions = stored.revisions ?? [];
  if (revisions.length >= MAX_CHECK_IN_EDITS) {
    return invalidField(
      'checkInId',
      `has been edited ${MAX_CHECK_IN_EDITS} times, the most a check-in keeps; record a new check-in instead`,
    );
  }

  const at = services.clock.now().toISOString();
  const before: CheckInRevision = {
    at,
    editorId: caller.accountId,
    confidence: stored.confidence,
    note: stored.note,
    ...(stored.value === undefined ? {} : { value: stored.value }),
    ...(stored.blockers === undefined ? {} : { blockers: stored.blockers }),
  };
  const next = parseOrError(CheckIn, {
    id: stored.id,
    keyResultId: stored.keyResultId,
    authorId: stored.authorId,
    at: stored.at,
    confidence: input.confidence,
    note: input.note,
    ...(input.value === undefined ? {} : { value: input.value }),
    ...(input.blockers ? { blockers: input.blockers } : {}),
    editedAt: at,
    revisions: [...revisions, before],
  });
  if (!next.ok) return next;

  // Without a value the metric is left as it is, as a new check-in without one leaves it.
  if (input.value !== undefined && isMetric(keyResult)) {
    const latest = await repos.checkIns.latest(keyResult.id);
    if (latest?.id === stored.id) {
      const applied = await applyMetricValue(services, keyResult, input.value, at);
      if (!applied.ok) return applied;
    }
  }
  await repos.checkIns.save(next.value);
  // Versions count the original as 1 and each edit as one more: the revisions kept plus the current content.
  return ok({ id: stored.id, version: revisions.length + 2 });
}
