import { anObjective } from '../builders';
import { findingsOf } from './helpers';

const teamObjectives = (n: number, overrides = {}) =>
  Array.from({ length: n }, (_, i) => anObjective({ id: `o${i}`, team: 'Growth', ...overrides }));

describe('okr.team-objective-count', () => {
  it.each([3, 4, 5])('is quiet for %d objectives of one team in one period', (n) => {
    expect(findingsOf('okr.team-objective-count', { objectives: teamObjectives(n) })).toEqual([]);
  });

  it('warns above 5, naming the team and period', () => {
    const [finding, ...rest] = findingsOf('okr.team-objective-count', { objectives: teamObjectives(6) });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', subject: { kind: 'team', id: 'Growth@2026-Q4' } });
    expect(finding?.reason).toContain('6 objectives in 2026-Q4');
  });

  it('notes fewer than 3', () => {
    const findings = findingsOf('okr.team-objective-count', { objectives: teamObjectives(2) });
    expect(findings).toMatchObject([{ severity: 'info', subject: { kind: 'team', id: 'Growth@2026-Q4' } }]);
  });

  it('counts per team and per period, and skips abandoned objectives and those without a team', () => {
    const objectives = [
      ...teamObjectives(4),
      ...teamObjectives(3, { periodId: '2027-Q1' }).map((o) => ({ ...o, id: `${o.id}-next` })),
      anObjective({ id: 'gone', team: 'Growth', state: 'abandoned' }),
      anObjective({ id: 'gone-2', team: 'Growth', state: 'abandoned' }),
      anObjective({ id: 'no-team-1' }),
      anObjective({ id: 'no-team-2' }),
    ];
    expect(findingsOf('okr.team-objective-count', { objectives })).toEqual([]);
  });

  it('takes its bounds from the options', () => {
    const findings = findingsOf(
      'okr.team-objective-count',
      { objectives: teamObjectives(5) },
      { maxObjectivesPerTeam: 4 },
    );
    expect(findings).toHaveLength(1);
  });
});
