import fc from 'fast-check';
import {
  computeJiraProgressFromIssues,
  targetKey,
  type IssueFact,
  type ReachedIssues,
  type Target,
} from '../../../src/domain';
import type { BaselineTotals } from '../../../src/store';
import type { IssueState } from '../../../src/usecases/events/issue-history';
import type { IncrementalScope } from '../../../src/usecases/recompute/incremental-scope';
import {
  addContribution,
  consistent,
  contributionOf,
  progressFromTotals,
  toBaselineTotals,
  totalsFrom,
} from '../../../src/usecases/recompute/totals';

const EPIC: Target = { kind: 'epic', issueId: '900' };
const PROJECT: Target = { kind: 'project', projectId: '10' };
const VERSION: Target = { kind: 'version', versionId: '70' };
const story = (s: Partial<Extract<IssueState, { exists: true }>> = {}): IssueState => ({
  exists: true,
  level: 0,
  parentId: '900',
  projectId: '10',
  versionIds: [],
  statusCategory: 'done',
  points: 3,
  ...s,
});
const scope = (s: Partial<IncrementalScope> = {}): IncrementalScope => ({
  measure: 'points',
  targets: [EPIC],
  includeSubtasks: false,
  ...s,
});

describe('contributionOf', () => {
  test('an issue in scope: the targets reaching it, its category and estimate', () => {
    expect(contributionOf(story({ versionIds: ['70'] }), scope({ targets: [EPIC, VERSION] }))).toEqual({
      targets: ['epic:900', 'version:70'],
      category: 'done',
      points: 3,
    });
  });

  test('out of scope: absent, an epic, a sub-task the KR leaves out, another epic', () => {
    expect(contributionOf({ exists: false }, scope())).toBeNull();
    expect(contributionOf(story({ level: 1 }), scope())).toBeNull();
    expect(contributionOf(story({ level: -1, grandparentId: '900' }), scope())).toBeNull();
    expect(contributionOf(story({ parentId: '901' }), scope())).toBeNull();
  });

  test('a sub-task reaches an epic through its parent when the KR includes sub-tasks', () => {
    const subtask = story({ level: -1, parentId: '600', grandparentId: '900' });
    expect(contributionOf(subtask, scope({ includeSubtasks: true }))).toMatchObject({ targets: ['epic:900'] });
  });

  test('undefined when a field the decision needs is unknown, and only then', () => {
    expect(contributionOf({ exists: true, level: 0, projectId: '10' }, scope())).toBeUndefined();
    expect(
      contributionOf(
        { exists: true, level: 0, projectId: '10', statusCategory: 'new' },
        scope({ targets: [PROJECT], measure: 'count' }),
      ),
    ).toEqual({
      targets: ['project:10'],
      category: 'new',
      points: undefined,
    });
    expect(contributionOf(story({ points: undefined }), scope())).toBeUndefined();
    expect(
      contributionOf(story({ level: -1, grandparentId: undefined }), scope({ includeSubtasks: true })),
    ).toBeUndefined();
  });
});

describe('totals', () => {
  test("a baseline plus one issue done and one removed, in the baseline's shape", () => {
    const baseline: BaselineTotals = {
      issues: 4,
      done: 1,
      breakdown: { todo: 2, inProgress: 1 },
      points: { total: 10, done: 2, unestimated: 1 },
      byTarget: [{ target: EPIC, issues: 4, done: 1 }],
    };
    const totals = totalsFrom(baseline);
    // 3-point story: in progress → done.
    addContribution(totals, contributionOf(story({ statusCategory: 'done' }), scope()) ?? null, 1);
    addContribution(totals, contributionOf(story({ statusCategory: 'indeterminate' }), scope()) ?? null, -1);
    // An unestimated to-do bug deleted.
    addContribution(totals, contributionOf(story({ statusCategory: 'new', points: null }), scope()) ?? null, -1);
    const after = toBaselineTotals(totals, baseline);
    expect(after).toEqual({
      issues: 3,
      done: 2,
      breakdown: { todo: 1, inProgress: 0 },
      points: { total: 10, done: 5, unestimated: 0 },
      byTarget: [{ target: EPIC, issues: 3, done: 2 }],
    });
    expect(progressFromTotals('points', after)).toMatchObject({ progress: 0.5, evidence: { flags: [] } });
    expect(toBaselineTotals(totalsFrom({ issues: 4, done: 1 }), { issues: 4, done: 1 })).toEqual({
      issues: 4,
      done: 1,
    });
  });

  test('totals no refresh could measure are inconsistent', () => {
    expect(consistent({ issues: 1, done: 2 })).toBe(false);
    expect(consistent({ issues: -1, done: 0 })).toBe(false);
    expect(consistent({ issues: 2, done: 1, points: { total: 3, done: 4, unestimated: 0 } })).toBe(false);
    expect(consistent({ issues: 2, done: 1, points: { total: 3, done: 3, unestimated: 0 } })).toBe(true);
  });
});

/**
 * Property: summing contributions from empty totals gives exactly what a full refresh computes from the same issues
 * (computeJiraProgressFromIssues): the incremental rollup and the full one cannot disagree on a number or a flag.
 */
test('summed contributions equal the full rollup of the same issues', () => {
  const fact = fc.record({
    parent: fc.constantFrom('900', '901', '600', undefined),
    projectId: fc.constantFrom('10', '11'),
    versionIds: fc.subarray(['70', '71']),
    hierarchyLevel: fc.constantFrom(-1, 0, 0, 0, 1),
    statusCategory: fc.constantFrom('new' as const, 'indeterminate' as const, 'done' as const),
    points: fc.constantFrom(0, 1, 2.5, 8, null, -3),
  });
  fc.assert(
    fc.property(
      fc.array(fact, { maxLength: 25 }),
      fc.subarray([EPIC, PROJECT, VERSION], { minLength: 1 }),
      fc.boolean(),
      fc.constantFrom('count' as const, 'points' as const),
      (raw, targets, includeSubtasks, measure) => {
        // Sub-tasks hang under story 600, itself in epic 900.
        const issues: IssueFact[] = raw.map((r, i) => ({
          id: String(1000 + i),
          projectId: r.projectId,
          versionIds: r.versionIds,
          hierarchyLevel: r.hierarchyLevel,
          statusCategory: r.statusCategory,
          points: r.points,
          ...(r.hierarchyLevel < 0 ? { parentId: '600' } : r.parent ? { parentId: r.parent } : {}),
        }));
        const reaches = (t: Target, f: IssueFact) =>
          t.kind === 'epic'
            ? f.parentId === t.issueId || (f.hierarchyLevel < 0 && f.parentId === '600' && t.issueId === '900')
            : t.kind === 'project'
              ? f.projectId === t.projectId
              : t.kind === 'version' && f.versionIds.includes(t.versionId);
        const reached: ReachedIssues[] = targets.map((t) => ({
          target: t,
          issues: issues.filter((f) => reaches(t, f)),
        }));
        const full = computeJiraProgressFromIssues({ measure, includeSubtasks }, reached);

        const zero: BaselineTotals = {
          issues: 0,
          done: 0,
          breakdown: { todo: 0, inProgress: 0 },
          ...(measure === 'points' ? { points: { total: 0, done: 0, unestimated: 0 } } : {}),
          byTarget: [...targets]
            .sort((a, b) => (targetKey(a) < targetKey(b) ? -1 : 1))
            .map((target) => ({ target, issues: 0, done: 0 })),
        };
        const totals = totalsFrom(zero);
        const krScope = { measure, targets: targets as IncrementalScope['targets'], includeSubtasks };
        for (const f of issues) {
          const state: IssueState = {
            exists: true,
            level: f.hierarchyLevel,
            parentId: f.parentId ?? null,
            grandparentId: f.hierarchyLevel < 0 ? '900' : null,
            projectId: f.projectId,
            versionIds: f.versionIds,
            statusCategory: f.statusCategory,
            points: f.points ?? null,
          };
          const c = contributionOf(state, krScope);
          expect(c).not.toBeUndefined();
          addContribution(totals, c ?? null, 1);
        }
        const incremental = progressFromTotals(measure, toBaselineTotals(totals, zero));
        if (measure === 'points') {
          expect(incremental).toEqual(full);
        } else {
          // Count KRs are stored from approximate counts (no breakdown, no per-target numbers): compare the numbers.
          expect(incremental.progress).toBeCloseTo(full.progress, 12);
          expect(incremental.evidence.scope).toEqual(full.evidence.scope);
        }
      },
    ),
    { numRuns: 300 },
  );
});
