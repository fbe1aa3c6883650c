import { err, ok, type Result } from '../result';
import type { Objective, ObjectiveState } from './objective';

/** closed and abandoned are final: a graded objective stays graded, so its history means something. */
const ALLOWED: Record<ObjectiveState, readonly ObjectiveState[]> = {
  draft: ['active', 'abandoned'],
  active: ['closed', 'abandoned'],
  closed: [],
  abandoned: [],
};

export interface TransitionRefused {
  code: 'INVALID_TRANSITION';
  message: string;
  from: ObjectiveState;
  to: ObjectiveState;
}

export function canTransition(from: ObjectiveState, to: ObjectiveState): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * Moves an objective to a new state, or says why not. Only the state changes: the store bumps `version` and
 * `updatedAt` when it writes, so this stays free of clocks.
 */
export function transitionObjective<O extends Objective>(
  objective: O,
  to: ObjectiveState,
): Result<O, TransitionRefused> {
  const from = objective.state;
  if (!canTransition(from, to)) {
    return err({ code: 'INVALID_TRANSITION', message: `An objective cannot go from ${from} to ${to}`, from, to });
  }
  return ok({ ...objective, state: to });
}
