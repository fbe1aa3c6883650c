import type { EditCheckInPayload, Written } from '../../contract';
import { CheckIn, ok, parseOrError } from '../../domain';
import type { Services } from '../../services';
import type { Caller } from '../objectives/caller';
import { failure, forbidden, invalidField, notFound, type Outcome } from '../objectives/failure';
import { isFinal } from '../objectives/load-editable';
import { refuseIfPeriodClosed } from '../periods/period-closed';
import { applyMetricValue, isMetric } from './apply-metric-value';
import { editedOver, sameVersion, type CheckInContent } from './check-in-revisions';

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
  const periodClosed = await refuseIfPeriodClosed(services, objective.periodId);
  if (periodClosed) return periodClosed;
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
  const content = {
    confidence: input.confidence,
    note: input.note,
    ...(input.value === undefined ? {} : { value: input.value }),
    ...(input.blockers ? { blockers: input.blockers } : {}),
  };
  const first = parseOrError(CheckIn, editedOver(stored, content, caller.accountId, at));
  if (!first.ok) return first;

  // Without a value the metric is left as it is, as a new check-in without one leaves it.
  if (input.value !== undefined && isMetric(keyResult)) {
    const latest = await repos.checkIns.latest(keyResult.id);
    if (latest?.id === stored.id) {
      const applied = await applyMetricValue(services, keyResult, input.value, at);
      if (!applied.ok) return applied;
    }
  }
  return ok({ id: stored.id, version: await writeOver(services, stored, first.value, content, caller.accountId, at) });
}

/** Rounds of someone else's edit landing between a read and a write before giving up; one is already rare. */
const MAX_WRITE_ROUNDS = 5;

/**
 * Stores the edit, and answers the version written (the original is 1, each edit one more). Storage answers the
 * version each write replaced: when that is not the one read, someone else's edit landed in between and this write
 * overwrote it, so the edit is written again on top of theirs, which keeps their content among the revisions too.
 */
async function writeOver(
  services: Pick<Services, 'repos'>,
  read: CheckIn,
  edited: CheckIn,
  content: CheckInContent,
  editorId: string,
  at: string,
): Promise<number> {
  // What the next write should replace: the version read, then (after a race) this edit's own last write.
  let expected = read;
  let next = edited;
  for (let round = 1; ; round += 1) {
    const replaced = await services.repos.checkIns.replace(next);
    if (!replaced || sameVersion(replaced, expected)) return (next.revisions?.length ?? 0) + 1;
    if (round === MAX_WRITE_ROUNDS) {
      throw new Error(`check-in ${read.id}: still edited by others after ${MAX_WRITE_ROUNDS} writes`);
    }
    expected = next;
    // Storage validates every record it writes, so content that passed once needs no second parse here.
    next = editedOver(replaced, content, editorId, at);
  }
}
