import { rebuildBurnup, type IssueHistoryFacts } from '../../../src/domain';

const EPIC = '100';
const OTHER = '200';
const period = { start: '2026-10-01', end: '2026-10-07' };
const input = (issues: IssueHistoryFacts[], today = '2026-10-07', timeZone = 'UTC') => ({
  issues,
  scopeParents: new Set([EPIC]),
  period,
  today,
  timeZone,
});
const at = (day: string, time = '12:00') => `${day}T${time}:00.000Z`;
const lines = (days: { scope: number; done: number }[]) => ({
  scope: days.map((d) => d.scope),
  done: days.map((d) => d.done),
});

describe('rebuildBurnup', () => {
  it('one issue per day of the period, up to today only', () => {
    const days = rebuildBurnup(input([], '2026-10-03'));
    expect(days).toEqual([
      { date: '2026-10-01', scope: 0, done: 0 },
      { date: '2026-10-02', scope: 0, done: 0 },
      { date: '2026-10-03', scope: 0, done: 0 },
    ]);
    expect(rebuildBurnup(input([], '2026-09-30'))).toEqual([]);
  });

  it('scope and done lines, hand-checked: created before, created during, done, reopened', () => {
    const issues: IssueHistoryFacts[] = [
      // In scope all period; done on the 3rd.
      {
        id: '1',
        createdAt: at('2026-09-20'),
        currentParent: EPIC,
        currentCategory: 'done',
        changes: [
          { at: at('2026-09-25'), field: 'status', fromCategory: 'new', toCategory: 'indeterminate' },
          { at: at('2026-10-03'), field: 'status', fromCategory: 'indeterminate', toCategory: 'done' },
        ],
      },
      // Created under the epic on the 2nd (scope growth), done on the 4th, reopened on the 6th.
      {
        id: '2',
        createdAt: at('2026-10-02'),
        currentParent: EPIC,
        currentCategory: 'indeterminate',
        changes: [
          { at: at('2026-10-04'), field: 'status', fromCategory: 'new', toCategory: 'done' },
          { at: at('2026-10-06'), field: 'status', fromCategory: 'done', toCategory: 'indeterminate' },
        ],
      },
      // Done before the period started: counts as scope and done from day one.
      {
        id: '3',
        createdAt: at('2026-08-01'),
        currentParent: EPIC,
        currentCategory: 'done',
        changes: [{ at: at('2026-08-15'), field: 'status', fromCategory: 'new', toCategory: 'done' }],
      },
      // Never under the epic: not counted.
      { id: '4', createdAt: at('2026-09-01'), currentParent: OTHER, currentCategory: 'done', changes: [] },
    ];
    //                 1  2  3  4  5  6  7
    expect(lines(rebuildBurnup(input(issues)))).toEqual({
      scope: [2, 3, 3, 3, 3, 3, 3],
      done: [1, 1, 2, 3, 3, 2, 2],
    });
  });

  it('an issue enters scope when moved under a scope parent and leaves when moved out, done or not', () => {
    const issues: IssueHistoryFacts[] = [
      {
        id: '5',
        createdAt: at('2026-09-01'),
        currentParent: OTHER,
        currentCategory: 'done',
        changes: [
          { at: at('2026-10-02'), field: 'parent', fromParent: OTHER, toParent: EPIC },
          { at: at('2026-10-04'), field: 'status', fromCategory: 'new', toCategory: 'done' },
          { at: at('2026-10-06'), field: 'parent', fromParent: EPIC, toParent: OTHER },
        ],
      },
      // Created without a parent, put under the epic on the 3rd.
      {
        id: '6',
        createdAt: at('2026-09-01'),
        currentParent: EPIC,
        currentCategory: 'new',
        changes: [{ at: at('2026-10-03'), field: 'parent', fromParent: null, toParent: EPIC }],
      },
    ];
    expect(lines(rebuildBurnup(input(issues)))).toEqual({
      scope: [0, 1, 2, 2, 2, 1, 1],
      done: [0, 0, 0, 1, 1, 0, 0],
    });
  });

  it('a day shows the state at its end: in and out on one day leaves no trace; changes arrive in any order', () => {
    const issues: IssueHistoryFacts[] = [
      {
        id: '7',
        createdAt: at('2026-09-01'),
        currentParent: null,
        currentCategory: 'new',
        changes: [
          { at: at('2026-10-03', '15:00'), field: 'parent', fromParent: EPIC, toParent: null },
          { at: at('2026-10-03', '09:00'), field: 'parent', fromParent: null, toParent: EPIC },
        ],
      },
    ];
    expect(lines(rebuildBurnup(input(issues))).scope).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('days are the site time zone: 23:30 UTC on the 2nd is the 3rd in Paris', () => {
    const issues: IssueHistoryFacts[] = [
      {
        id: '8',
        createdAt: at('2026-10-02', '23:30'),
        currentParent: EPIC,
        currentCategory: 'new',
        changes: [],
      },
    ];
    expect(lines(rebuildBurnup(input(issues, '2026-10-07', 'UTC'))).scope).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(lines(rebuildBurnup(input(issues, '2026-10-07', 'Europe/Paris'))).scope).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });

  it('an issue with an unreadable creation date is left out rather than placed on a wrong day', () => {
    const issues: IssueHistoryFacts[] = [
      { id: '9', createdAt: 'not a date', currentParent: EPIC, currentCategory: 'done', changes: [] },
    ];
    expect(lines(rebuildBurnup(input(issues))).scope).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
