import { aPeriod, anObjective } from '../builders';
import { findingsOf, ids } from './helpers';

const company = anObjective({ id: 'co', level: 'company', title: 'Win the mid-market' });
const child = (overrides = {}) =>
  anObjective({ id: 'team', level: 'team', parent: { objectiveId: 'co', contributionWeight: 1 }, ...overrides });

describe('okr.objective-orphan', () => {
  it('notes a non-company objective without a parent', () => {
    const objectives = [
      company,
      anObjective({ id: 'dept', level: 'department' }),
      anObjective({ id: 'me', level: 'individual' }),
    ];
    const findings = findingsOf('okr.objective-orphan', { objectives });
    expect(ids(findings)).toEqual(['dept', 'me']);
    expect(findings[0]).toMatchObject({ severity: 'info', subject: { kind: 'objective' } });
  });

  it('exempts company objectives and passes aligned ones', () => {
    expect(findingsOf('okr.objective-orphan', { objectives: [company, child()] })).toEqual([]);
  });
});

describe('okr.objective-period-mismatch', () => {
  const year = aPeriod({ id: '2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' });
  const q4 = aPeriod();
  const q1 = aPeriod({ id: '2027-Q1', name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' });

  it('warns when the child is in another period than its parent', () => {
    const findings = findingsOf('okr.objective-period-mismatch', {
      objectives: [company, child({ periodId: '2027-Q1' })],
      periods: [q4, q1],
    });
    expect(findings).toMatchObject([{ severity: 'warning', subject: { kind: 'objective', id: 'team' } }]);
    expect(findings[0]?.reason).toContain('2027-Q1');
    expect(findings[0]?.reason).toContain('2026-Q4');
  });

  it('warns on different period ids when the periods are not known', () => {
    const objectives = [company, child({ periodId: '2027-Q1' })];
    expect(ids(findingsOf('okr.objective-period-mismatch', { objectives }))).toEqual(['team']);
  });

  it('passes the same period, and a quarter within its parent’s year', () => {
    const annual = { ...company, periodId: '2026' };
    expect(findingsOf('okr.objective-period-mismatch', { objectives: [company, child()] })).toEqual([]);
    expect(
      findingsOf('okr.objective-period-mismatch', { objectives: [annual, child()], periods: [year, q4, q1] }),
    ).toEqual([]);
    expect(
      ids(
        findingsOf('okr.objective-period-mismatch', {
          objectives: [annual, child({ periodId: '2027-Q1' })],
          periods: [year, q4, q1],
        }),
      ),
    ).toEqual(['team']);
  });

  it('does not judge a parent outside the set', () => {
    expect(findingsOf('okr.objective-period-mismatch', { objectives: [child({ periodId: '2027-Q1' })] })).toEqual([]);
  });
});
