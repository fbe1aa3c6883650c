import { canTransition, transitionObjective, type ObjectiveState } from '../../../src/domain';
import { anObjective } from '../builders';

describe('transitionObjective', () => {
  it.each<[ObjectiveState, ObjectiveState]>([
    ['draft', 'active'],
    ['draft', 'abandoned'],
    ['active', 'closed'],
    ['active', 'abandoned'],
  ])('allows %s → %s and changes only the state', (from, to) => {
    const objective = anObjective({ state: from });
    expect(transitionObjective(objective, to)).toEqual({ ok: true, value: { ...objective, state: to } });
  });

  it.each<[ObjectiveState, ObjectiveState]>([
    ['draft', 'closed'],
    ['draft', 'draft'],
    ['active', 'draft'],
    ['active', 'active'],
    ['closed', 'active'],
    ['closed', 'abandoned'],
    ['abandoned', 'active'],
    ['abandoned', 'draft'],
  ])('refuses %s → %s with a coded error', (from, to) => {
    const result = transitionObjective(anObjective({ state: from }), to);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: `An objective cannot go from ${from} to ${to}`, from, to },
    });
    expect(canTransition(from, to)).toBe(false);
  });
});
