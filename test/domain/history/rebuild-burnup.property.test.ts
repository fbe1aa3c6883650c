import fc from 'fast-check';
import { rebuildBurnup, type HistoryChange, type IssueHistoryFacts, type StatusCategory } from '../../../src/domain';

const EPIC = 'E';
const parents = fc.constantFrom<string | null>(EPIC, 'O', null);
const categories = fc.constantFrom<StatusCategory>('new', 'indeterminate', 'done');
const dayOffset = fc.integer({ min: 0, max: 40 });
const at = (offset: number, minute: number) => new Date(Date.UTC(2026, 8, 1 + offset, 10, minute)).toISOString();

/** An issue whose changes form one consistent chain (each `from` is the previous `to`), ending in its current state. */
const issue = fc
  .record({
    created: dayOffset,
    parent: parents,
    category: categories,
    steps: fc.array(
      fc.record({ after: fc.integer({ min: 0, max: 10 }), parent: fc.option(parents), category: categories }),
      { maxLength: 6 },
    ),
  })
  .map(({ created, parent, category, steps }): Omit<IssueHistoryFacts, 'id'> => {
    let p = parent;
    let c = category;
    let day = created;
    const changes: HistoryChange[] = steps.map((s, i) => {
      day += s.after;
      if (s.parent !== null) {
        const change: HistoryChange = { at: at(day, i), field: 'parent', fromParent: p, toParent: s.parent };
        p = s.parent;
        return change;
      }
      const change: HistoryChange = { at: at(day, i), field: 'status', fromCategory: c, toCategory: s.category };
      c = s.category;
      return change;
    });
    return { createdAt: at(created, 0), changes: [...changes].reverse(), currentParent: p, currentCategory: c };
  });

describe('rebuildBurnup properties', () => {
  it('done ≤ scope ≤ issues on every day, and the last day after every change is the current state', () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 15 }), (drafts) => {
        const issues = drafts.map((d, i) => ({ ...d, id: String(i) }));
        const days = rebuildBurnup({
          issues,
          scopeParents: new Set([EPIC]),
          period: { start: '2026-09-10', end: '2026-12-31' },
          today: '2026-12-31',
          timeZone: 'UTC',
        });
        for (const d of days) {
          expect(d.done).toBeGreaterThanOrEqual(0);
          expect(d.done).toBeLessThanOrEqual(d.scope);
          expect(d.scope).toBeLessThanOrEqual(issues.length);
        }
        const inScope = issues.filter((i) => i.currentParent === EPIC);
        expect(days.at(-1)).toMatchObject({
          scope: inScope.length,
          done: inScope.filter((i) => i.currentCategory === 'done').length,
        });
      }),
      { numRuns: 200 },
    );
  });
});
