import { aKeyResult, anObjective } from '../builders';
import { findingsOf } from './helpers';

const krs = (n: number, objectiveId = 'obj-1') =>
  Array.from({ length: n }, (_, i) => aKeyResult({ id: `${objectiveId}-kr${i}`, objectiveId }));

describe('okr.objective-kr-count', () => {
  const objectives = [anObjective({ id: 'obj-1' })];

  it.each([0, 1, 3])('is quiet for %d key results', (n) => {
    expect(findingsOf('okr.objective-kr-count', { objectives, keyResults: krs(n) })).toEqual([]);
  });

  it.each([4, 5])('notes %d key results (3 recommended)', (n) => {
    expect(findingsOf('okr.objective-kr-count', { objectives, keyResults: krs(n) })).toMatchObject([
      { severity: 'info', subject: { kind: 'objective', id: 'obj-1' } },
    ]);
  });

  it('warns above 5', () => {
    const [finding] = findingsOf('okr.objective-kr-count', { objectives, keyResults: krs(6) });
    expect(finding).toMatchObject({ severity: 'warning', subject: { kind: 'objective', id: 'obj-1' } });
    expect(finding?.reason).toContain('6 key results');
  });

  it('counts each objective’s own key results', () => {
    const two = [anObjective({ id: 'a' }), anObjective({ id: 'b' })];
    const findings = findingsOf('okr.objective-kr-count', {
      objectives: two,
      keyResults: [...krs(3, 'a'), ...krs(6, 'b')],
    });
    expect(findings.map((f) => f.subject.id)).toEqual(['b']);
  });
});
