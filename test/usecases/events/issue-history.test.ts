import fc from 'fast-check';
import type { IssueHistory } from '../../../src/store';
import {
  currentState,
  emptyHistory,
  mergeHistory,
  stateAt,
  targetKeysOf,
  type IssueObservation,
  type IssueState,
} from '../../../src/usecases/events/issue-history';
import { normalizeEvent } from '../../../src/usecases/events/normalize-event';
import type { IssueEvent } from '../../../src/usecases/events/issue-event';
import {
  created,
  deleted,
  KNOWN_META,
  parentItem,
  pointsItem,
  STATUS,
  statusItem,
  updated,
  versionItem,
  type Item,
  type StatusName,
} from './support/events';

const NOW = new Date('2026-10-06T00:00:00.000Z');
const POINTS = ['customfield_10016'];
const at = (minute: number) => new Date(Date.UTC(2026, 9, 5, 9, minute)).toISOString();
const CATEGORY = { todo: 'new', doing: 'indeterminate', review: 'indeterminate', done: 'done' } as const;

const observe = (event: IssueEvent) => normalizeEvent(event, KNOWN_META, POINTS, NOW).observation;

describe('issue history: hand-worked cases', () => {
  const thin = { issueId: '501', created: at(0) };
  const read: IssueObservation['observed'] = {
    rank: 10,
    state: {
      parentId: '900',
      projectId: '10',
      versionIds: ['70'],
      level: 0,
      statusCategory: 'indeterminate',
      points: 5,
    },
  };

  test('the state now and at an instant: each field before its first change after it, else its latest value', () => {
    let h = emptyHistory('501');
    h = mergeHistory(
      h,
      {
        ...observe(updated({ ...thin, status: 'doing', updated: at(10) }, 10, [statusItem('todo', 'doing')])),
        observed: read,
      },
      NOW,
    );
    h = mergeHistory(
      h,
      observe(updated({ ...thin, status: 'doing', updated: at(20) }, 20, [parentItem('900', '901'), pointsItem(5, 8)])),
      NOW,
    );
    h = mergeHistory(
      h,
      observe(
        updated({ ...thin, status: 'done', updated: at(30) }, 30, [
          statusItem('doing', 'done'),
          versionItem('70', null),
        ]),
      ),
      NOW,
    );

    const story = (s: Partial<Extract<IssueState, { exists: true }>>) => ({
      exists: true,
      projectId: '10',
      level: 0,
      ...s,
    });
    expect(currentState(h, KNOWN_META)).toEqual(
      story({ parentId: '901', points: 8, statusCategory: 'done', versionIds: [] }),
    );
    expect(stateAt(h, at(5), KNOWN_META)).toEqual(
      story({ parentId: '900', points: 5, statusCategory: 'new', versionIds: ['70'] }),
    );
    expect(stateAt(h, at(15), KNOWN_META)).toEqual(
      story({ parentId: '900', points: 5, statusCategory: 'indeterminate', versionIds: ['70'] }),
    );
    expect(stateAt(h, at(25), KNOWN_META)).toEqual(
      story({ parentId: '901', points: 8, statusCategory: 'indeterminate', versionIds: ['70'] }),
    );
    expect(stateAt(h, at(30), KNOWN_META)).toEqual(currentState(h, KNOWN_META));
    expect(targetKeysOf(h, KNOWN_META)).toEqual(['epic:900', 'epic:901', 'project:10', 'version:70']);
  });

  test('created after an instant: absent then; deleted: absent from when the deletion arrived', () => {
    let h = mergeHistory(
      emptyHistory('501'),
      { ...observe(created({ ...thin, created: at(10), status: 'todo' })), observed: { ...read, rank: 0 } },
      NOW,
    );
    expect(stateAt(h, at(5), KNOWN_META)).toEqual({ exists: false });
    expect(stateAt(h, at(10), KNOWN_META)).toMatchObject({ exists: true });
    h = mergeHistory(h, observe(deleted({ ...thin, status: 'todo' })), NOW);
    expect(currentState(h, KNOWN_META)).toEqual({ exists: false });
    // The deletion's payload is the issue's last word: "To Do".
    expect(stateAt(h, at(50), KNOWN_META)).toMatchObject({ exists: true, statusCategory: 'new' });
    expect(stateAt(h, NOW.toISOString(), KNOWN_META)).toEqual({ exists: false });
  });

  test('unknown stays unknown: no full read means no parent; an unseen status leaves the category open', () => {
    const h = mergeHistory(
      emptyHistory('501'),
      observe(updated({ ...thin, status: 'doing', updated: at(10) }, 10, [statusItem('todo', 'doing')])),
      NOW,
    );
    const now = currentState(h, KNOWN_META);
    expect(now).toEqual({ exists: true, projectId: '10', level: 0, statusCategory: 'indeterminate' });
    const unseen = mergeHistory(
      emptyHistory('501'),
      normalizeEvent(
        updated({ ...thin, status: 'doing', updated: at(10) }, 10, [statusItem('todo', 'doing')]),
        { statusCategories: {}, issueTypeLevels: {} },
        POINTS,
        NOW,
      ).observation,
      NOW,
    );
    expect(stateAt(unseen, at(5), { statusCategories: {}, issueTypeLevels: {} })).not.toHaveProperty('statusCategory');
    // Learned later (the consumer reads the site's statuses), the same history resolves.
    expect(stateAt(unseen, at(5), KNOWN_META)).toMatchObject({ statusCategory: 'new' });
  });

  test("a sub-task keeps its epic (its parent's parent) until it is re-parented", () => {
    const observed = { rank: 10, state: { ...read.state, parentId: '600', grandparentId: '900', level: -1 } };
    let h = mergeHistory(
      emptyHistory('501'),
      {
        ...observe(updated({ ...thin, status: 'doing', updated: at(10) }, 10, [statusItem('todo', 'doing')])),
        observed,
      },
      NOW,
    );
    expect(currentState(h, KNOWN_META)).toMatchObject({ parentId: '600', grandparentId: '900' });
    expect(targetKeysOf(h, KNOWN_META)).toContain('epic:900');
    h = mergeHistory(
      h,
      observe(updated({ ...thin, status: 'doing', updated: at(20) }, 20, [parentItem('600', '601')])),
      NOW,
    );
    expect(currentState(h, KNOWN_META)).not.toHaveProperty('grandparentId');
  });

  test('old changes are dropped, and the state before them is then unknown', () => {
    const old = new Date('2026-10-20T00:00:00.000Z');
    const h = mergeHistory(
      emptyHistory('501'),
      {
        ...observe(updated({ ...thin, status: 'doing', updated: at(10) }, 10, [statusItem('todo', 'doing')])),
        observed: read,
      },
      old,
    );
    expect(h.changes).toEqual([]);
    expect(h.truncatedBefore).toBe(at(10));
    expect(stateAt(h, at(5), KNOWN_META)).toBeUndefined();
    expect(stateAt(h, at(11), KNOWN_META)).toMatchObject({ statusCategory: 'indeterminate' });
  });
});

/**
 * Property: an issue lives a random life in Jira (status, parent, estimate and version changes, maybe created
 * or deleted on the way); its events are then delivered shuffled and duplicated, the first delivery reading the
 * issue as it is at some later moment. Whatever the order, the history says the truth: now, and at any instant.
 */
describe('issue history: any order, any duplicates, same truth', () => {
  type Fields = { parentId: string | null; versionIds: string[]; status: StatusName; points: number | null };
  type Step =
    | { kind: 'status'; to: StatusName }
    | { kind: 'parent'; to: string | null }
    | { kind: 'points'; to: number | null }
    | { kind: 'version'; id: string };

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('status' as const),
      to: fc.constantFrom<StatusName>('todo', 'doing', 'review', 'done'),
    }),
    fc.record({ kind: fc.constant('parent' as const), to: fc.constantFrom('900', '901', null) }),
    fc.record({ kind: fc.constant('points' as const), to: fc.constantFrom(1, 2, 3, 5, 8, null) }),
    fc.record({ kind: fc.constant('version' as const), id: fc.constantFrom('70', '71') }),
  );
  const life = fc.record({
    initial: fc.record({
      parentId: fc.constantFrom('900', '901', null),
      versionIds: fc.subarray(['70', '71']),
      status: fc.constantFrom<StatusName>('todo', 'doing', 'done'),
      points: fc.constantFrom(3, 5, null),
    }),
    createdInWindow: fc.boolean(),
    steps: fc.array(step, { maxLength: 12 }),
    deletedAtEnd: fc.boolean(),
    readAfter: fc.nat(),
    duplicates: fc.array(fc.nat(), { maxLength: 20 }),
    sortKeys: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  });

  function apply(fields: Fields, s: Step): { next: Fields; items: Item[] } {
    switch (s.kind) {
      case 'status':
        return {
          next: { ...fields, status: s.to },
          items: s.to === fields.status ? [] : [statusItem(fields.status, s.to)],
        };
      case 'parent':
        return {
          next: { ...fields, parentId: s.to },
          items: s.to === fields.parentId ? [] : [parentItem(fields.parentId, s.to)],
        };
      case 'points':
        return {
          next: { ...fields, points: s.to },
          items: s.to === fields.points ? [] : [pointsItem(fields.points, s.to)],
        };
      case 'version': {
        const has = fields.versionIds.includes(s.id);
        const versionIds = has ? fields.versionIds.filter((v) => v !== s.id) : [...fields.versionIds, s.id].sort();
        return { next: { ...fields, versionIds }, items: [has ? versionItem(s.id, null) : versionItem(null, s.id)] };
      }
    }
  }

  const expected = (f: Fields): IssueState => ({
    exists: true,
    projectId: '10',
    level: 0,
    parentId: f.parentId,
    versionIds: [...f.versionIds].sort(),
    statusCategory: CATEGORY[f.status],
    points: f.points,
  });

  test('current state and the state at every instant equal the truth', () => {
    fc.assert(
      fc.property(life, ({ initial, createdInWindow, steps, deletedAtEnd, readAfter, duplicates, sortKeys }) => {
        const createdMinute = createdInWindow ? 1 : -600;
        const thin = { issueId: '501', created: at(createdMinute) };
        // Jira's side: the events and the truth at every minute.
        const truth: Array<{ minute: number; fields: Fields | undefined }> = [
          { minute: createdMinute, fields: { ...initial, versionIds: [...initial.versionIds].sort() } },
        ];
        const events: IssueEvent[] = createdInWindow ? [created({ ...thin, status: initial.status })] : [];
        const happenedAt: number[] = createdInWindow ? [0] : []; // index into truth
        let fields: Fields = truth[0]!.fields!;
        steps.forEach((s, i) => {
          const { next, items } = apply(fields, s);
          fields = next;
          const minute = 10 + i;
          truth.push({ minute, fields });
          if (items.length > 0) {
            events.push(updated({ ...thin, status: fields.status, updated: at(minute) }, 100 + i, items));
            happenedAt.push(truth.length - 1);
          }
        });
        if (deletedAtEnd) {
          events.push(deleted({ ...thin, status: fields.status }));
          happenedAt.push(truth.length);
        }
        if (events.length === 0) return;

        // The app's side: shuffled, duplicated deliveries; the first one reads the issue at a later moment.
        // Every event at least once, some twice or more, in a random order.
        const picks = [...events.keys(), ...duplicates.map((n) => n % events.length)]
          .map((n, i) => ({ n, key: sortKeys[i % sortKeys.length]! * 100 + i }))
          .sort((a, b) => a.key - b.key)
          .map(({ n }) => n);
        const deliveries = picks.map((n) => events[n]!);
        const first = normalizeEvent(deliveries[0]!, KNOWN_META, POINTS, NOW);
        // The read happens when the first delivery is processed: at or after its change, maybe after the deletion.
        const from = happenedAt[picks[0]!]!;
        const readIndex = from + (readAfter % (truth.length + (deletedAtEnd ? 1 : 0) - from));
        const readable = readIndex < truth.length;
        const readFields = truth[Math.min(readIndex, truth.length - 1)]!.fields!;
        let history: IssueHistory = emptyHistory('501');
        deliveries.forEach((event, i) => {
          const observation = normalizeEvent(event, KNOWN_META, POINTS, NOW).observation;
          const withRead: IssueObservation =
            i === 0 && readable
              ? {
                  ...observation,
                  observed: {
                    rank: first.rank,
                    state: {
                      parentId: readFields.parentId,
                      projectId: '10',
                      versionIds: [...readFields.versionIds].sort(),
                      level: 0,
                      statusCategory: CATEGORY[readFields.status],
                      points: readFields.points,
                    },
                  },
                }
              : observation;
          history = mergeHistory(history, withRead, NOW);
        });
        // Never wrong: every field the history claims to know is the truth.
        const agrees = (state: IssueState | undefined, truthAt: Fields | undefined, exists: boolean) => {
          if (state === undefined) return;
          if (!exists) return expect(state).toEqual({ exists: false });
          expect(state.exists).toBe(true);
          const want = expected(truthAt!);
          for (const [key, value] of Object.entries(state))
            expect([key, value]).toEqual([key, want[key as keyof IssueState]]);
          // With a full read, nothing is unknown.
          if (readable) expect(state).toEqual(want);
        };
        agrees(currentState(history, KNOWN_META), fields, !deletedAtEnd);
        for (const t of truth) {
          const instant = at(t.minute);
          agrees(stateAt(history, instant, KNOWN_META), t.fields, true);
        }
        if (createdInWindow) expect(stateAt(history, at(0), KNOWN_META)).toEqual({ exists: false });
      }),
      { numRuns: 300 },
    );
  });

  test('merging is idempotent and order-independent', () => {
    const events = [
      updated({ issueId: '501', created: at(0), status: 'doing', updated: at(10) }, 10, [
        statusItem('todo', 'doing'),
        pointsItem(null, 3),
      ]),
      updated({ issueId: '501', created: at(0), status: 'done', updated: at(20) }, 20, [
        statusItem('doing', 'done'),
        parentItem(null, '900'),
      ]),
      updated({ issueId: '501', created: at(0), status: 'done', updated: at(30) }, 30, [versionItem(null, '70')]),
    ].map(observe);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 }), { minLength: 3, maxLength: 12 }), (picks) => {
        const order = [...picks, 0, 1, 2].map((i) => events[i]!);
        const shuffled = order.reduce((h, o) => mergeHistory(h, o, NOW), emptyHistory('501'));
        const inOrder = events.reduce((h, o) => mergeHistory(h, o, NOW), emptyHistory('501'));
        expect(shuffled).toEqual(inOrder);
      }),
    );
  });
});

test('STATUS fixtures match the known categories', () => {
  for (const [name, status] of Object.entries(STATUS))
    expect(KNOWN_META.statusCategories[status.id as '1']).toBe(CATEGORY[name as StatusName]);
});
