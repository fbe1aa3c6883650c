import {
  KeyResultFields,
  ObjectiveFields,
  PeriodFields,
  withKeyResultRules,
  withObjectiveRules,
  withPeriodRules,
} from '../../../src/domain';
import { aKeyResult, anObjective, Q4_2026 } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

// zod refuses .omit/.pick/.partial on refined objects, so payload schemas derive from the *Fields schemas and
// put the cross-field rules back with the with*Rules helpers.
describe('schemas derived from the record fields', () => {
  const stored = { id: true, version: true, createdAt: true, updatedAt: true } as const;

  it('a key-result create payload keeps the baseline rule', () => {
    const CreateKeyResult = withKeyResultRules(KeyResultFields.omit(stored));
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...payload } = aKeyResult();
    expectAccepted(CreateKeyResult, payload);
    expectRejected(
      CreateKeyResult,
      {
        ...payload,
        source: { type: 'milestones', items: [{ id: 'm', title: 'M', done: false }] },
        baseline: { mode: 'period' },
      },
      'baseline',
    );
  });

  it('a partial update checks only the fields it carries', () => {
    const UpdateKeyResult = withKeyResultRules(KeyResultFields.partial());
    expectAccepted(UpdateKeyResult, { baseline: { mode: 'period' } });
    expectRejected(UpdateKeyResult, { weight: -2 }, 'weight');
  });

  it('an objective payload keeps the self-alignment rule, a period payload the date order', () => {
    const CreateObjective = withObjectiveRules(
      ObjectiveFields.omit({ version: true, createdAt: true, updatedAt: true }),
    );
    expectRejected(CreateObjective, { ...anObjective(), parent: { objectiveId: 'obj-1' } }, 'parent.objectiveId');
    const NewPeriod = withPeriodRules(PeriodFields.omit({ id: true }));
    expectRejected(NewPeriod, { name: 'Backwards', start: Q4_2026.end, end: Q4_2026.start }, 'end');
  });
});
