import { KeyResult } from '../../../src/domain';
import { aKeyResult, aMetricKeyResult, epic } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

describe('KeyResult', () => {
  it('accepts a Jira, a metric and a milestones key result', () => {
    expectAccepted(KeyResult, aKeyResult());
    expectAccepted(KeyResult, aMetricKeyResult());
    expectAccepted(
      KeyResult,
      aKeyResult({ source: { type: 'milestones', items: [{ id: 'm1', title: 'Beta shipped', done: false }] } }),
    );
  });

  it('defaults the weight to 1 and sub-tasks to excluded', () => {
    const { weight: _weight, ...withoutWeight } = aKeyResult();
    const parsed = expectAccepted(KeyResult, {
      ...withoutWeight,
      source: { type: 'jira', measure: 'points', targets: [epic('10001')] },
    });
    expect(parsed.weight).toBe(1);
    expect(parsed.source).toMatchObject({ includeSubtasks: false });
  });

  it('accepts weight 0: the KR stays visible without counting', () => {
    expect(expectAccepted(KeyResult, aKeyResult({ weight: 0 })).weight).toBe(0);
  });

  const metric = { type: 'metric', start: 10, target: 50, current: 20, direction: 'increase' };
  it.each([
    ['a negative weight', { weight: -1 }, 'weight'],
    ['an infinite weight', { weight: Infinity }, 'weight'],
    ['an empty owner list', { ownerIds: [] }, 'ownerIds'],
    ['a duplicated owner', { ownerIds: ['a', 'a'] }, 'ownerIds'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a title over 255 characters', { title: 'x'.repeat(256) }, 'title'],
    ['an unknown kind', { kind: 'stretch' }, 'kind'],
    ['an unknown source type', { source: { type: 'salesforce' } }, 'source.type'],
    ['a Jira source without targets', { source: { type: 'jira', measure: 'count', targets: [] } }, 'source.targets'],
    [
      'a Jira target by key',
      { source: { type: 'jira', measure: 'count', targets: [{ kind: 'epic', issueId: 'OKR-7' }] } },
      'source.targets.0.issueId',
    ],
    ['an unknown measure', { source: { type: 'jira', measure: 'hours', targets: [epic('1')] } }, 'source.measure'],
    ['a metric target equal to its start', { source: { ...metric, target: 10 } }, 'source.target'],
    ['an increase whose target is below start', { source: { ...metric, target: 5 } }, 'source.direction'],
    ['a decrease whose target is above start', { source: { ...metric, direction: 'decrease' } }, 'source.direction'],
    ['milestones without items', { source: { type: 'milestones', items: [] } }, 'source.items'],
    ['a period baseline on a metric', { source: metric, baseline: { mode: 'period' } }, 'baseline'],
    [
      'a period baseline on a points measure',
      { source: { type: 'jira', measure: 'points', targets: [epic('1')] }, baseline: { mode: 'period' } },
      'baseline',
    ],
    ['a fractional version', { version: 1.5 }, 'version'],
    ['a timestamp without time', { createdAt: '2026-10-01' }, 'createdAt'],
  ])('rejects %s, naming the field', (_case, overrides, path) => {
    expectRejected(KeyResult, { ...aKeyResult(), ...overrides }, path);
  });

  it('accepts a decreasing metric whose target is below start', () => {
    expectAccepted(KeyResult, aKeyResult({ source: { ...metric, direction: 'decrease', target: 5 } as never }));
  });

  it('accepts a period baseline on a Jira count KR', () => {
    expectAccepted(KeyResult, aKeyResult({ baseline: { mode: 'period' } }));
  });
});
