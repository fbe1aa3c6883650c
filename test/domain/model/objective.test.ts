import { Objective } from '../../../src/domain';
import { anObjective } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

describe('Objective', () => {
  it('accepts an aligned objective and defaults the contribution weight to 1', () => {
    const parsed = expectAccepted(Objective, { ...anObjective(), parent: { objectiveId: 'obj-company' } });
    expect(parsed.parent).toEqual({ objectiveId: 'obj-company', contributionWeight: 1 });
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['no owner', { ownerIds: [] }, 'ownerIds'],
    ['an unknown level', { level: 'tribe' }, 'level'],
    ['an unknown state', { state: 'paused' }, 'state'],
    [
      'a zero contribution weight',
      { parent: { objectiveId: 'p', contributionWeight: 0 } },
      'parent.contributionWeight',
    ],
    ['itself as parent', { parent: { objectiveId: 'obj-1' } }, 'parent.objectiveId'],
    ['a grade above 1', { grade: 1.2 }, 'grade'],
    ['a negative version', { version: -1 }, 'version'],
    ['a missing period', { periodId: undefined }, 'periodId'],
  ])('rejects %s, naming the field', (_case, overrides, path) => {
    expectRejected(Objective, { ...anObjective(), ...overrides }, path);
  });
});
