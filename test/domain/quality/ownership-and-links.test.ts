import { aKeyResult, aMetricKeyResult, anObjective, epic } from '../builders';
import { findingsOf, ids } from './helpers';

describe('okr.missing-owner', () => {
  it('flags objectives and key results without an owner (drafts; blank ids count as none)', () => {
    const findings = findingsOf('okr.missing-owner', {
      objectives: [anObjective({ id: 'o-none', ownerIds: [] }), anObjective({ id: 'o-ok' })],
      keyResults: [aKeyResult({ id: 'kr-blank', ownerIds: ['  '] }), aKeyResult({ id: 'kr-ok' })],
    });
    expect(findings).toMatchObject([
      { severity: 'warning', subject: { kind: 'objective', id: 'o-none' } },
      { severity: 'warning', subject: { kind: 'key-result', id: 'kr-blank' } },
    ]);
    expect(findings[0]?.reason).toMatch(/objective has no owner/);
    expect(findings[1]?.reason).toMatch(/key result has no owner/);
  });

  it('is quiet when every record has an owner', () => {
    expect(findingsOf('okr.missing-owner', { objectives: [anObjective()], keyResults: [aKeyResult()] })).toEqual([]);
  });
});

describe('okr.kr-unlinked-work', () => {
  it('flags a Jira KR whose link count is 0', () => {
    const findings = findingsOf('okr.kr-unlinked-work', {
      keyResults: [aKeyResult({ id: 'a' }), aKeyResult({ id: 'b' })],
      linkedTargetsByKr: new Map([
        ['a', 0],
        ['b', 2],
      ]),
    });
    expect(findings).toMatchObject([{ severity: 'warning', subject: { kind: 'key-result', id: 'a' } }]);
  });

  it('falls back on the KR’s own targets when the link count is not given', () => {
    const keyResults = [
      aKeyResult({ id: 'none', source: { type: 'jira', measure: 'count', targets: [], includeSubtasks: false } }),
      aKeyResult({
        id: 'one',
        source: { type: 'jira', measure: 'count', targets: [epic('1')], includeSubtasks: false },
      }),
    ];
    expect(ids(findingsOf('okr.kr-unlinked-work', { keyResults }))).toEqual(['none']);
  });

  it('does not judge metric or milestone KRs, which are not measured from linked work', () => {
    const findings = findingsOf('okr.kr-unlinked-work', {
      keyResults: [aMetricKeyResult({ id: 'm' })],
      linkedTargetsByKr: new Map([['m', 0]]),
    });
    expect(findings).toEqual([]);
  });
});
