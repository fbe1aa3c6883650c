import { IssueEvent } from '../../../src/usecases/events/issue-event';
import { DELETED_RANK, mentionsCustomField, normalizeEvent } from '../../../src/usecases/events/normalize-event';
import {
  created,
  deleted,
  KNOWN_META,
  parentItem,
  pointsItem,
  statusItem,
  updated,
  versionItem,
} from './support/events';

const NOW = new Date('2026-10-05T12:00:00.000Z');
const EMPTY = { statusCategories: {}, issueTypeLevels: {} };
const thin = {
  issueId: '501',
  status: 'doing' as const,
  created: '2026-10-01T08:00:00.000+0000',
  updated: '2026-10-05T10:00:00.000+0000',
};

describe('normalizeEvent', () => {
  test('an update: ranked by its changelog id, timed by `updated`, each relevant item a change', () => {
    const event = updated(thin, 777, [
      statusItem('todo', 'doing'),
      parentItem('900', '901'),
      pointsItem(3, 5),
      versionItem('70', null),
      versionItem(null, '71'),
      { field: 'summary', fieldId: 'summary', from: null, to: null },
    ]);
    const n = normalizeEvent(event, KNOWN_META, ['customfield_10016'], NOW);
    expect(n).toMatchObject({
      kind: 'updated',
      rank: 777,
      at: '2026-10-05T10:00:00.000Z',
      relevant: true,
      unresolvedStatusIds: [],
    });
    expect(n.observation).toEqual({
      issueId: '501',
      createdAt: '2026-10-01T08:00:00.000Z',
      payload: { rank: 777, projectId: '10', level: 0, statusCategory: 'indeterminate' },
      changes: [
        {
          field: 'status',
          rank: 777,
          at: '2026-10-05T10:00:00.000Z',
          fromId: '1',
          toId: '2',
          from: 'new',
          to: 'indeterminate',
        },
        { field: 'parent', rank: 777, at: '2026-10-05T10:00:00.000Z', from: '900', to: '901' },
        { field: 'points', rank: 777, at: '2026-10-05T10:00:00.000Z', from: 3, to: 5 },
        { field: 'version', rank: 777, at: '2026-10-05T10:00:00.000Z', versionId: '70', from: true, to: false },
        { field: 'version', rank: 777, at: '2026-10-05T10:00:00.000Z', versionId: '71', from: false, to: true },
      ],
    });
  });

  test('learns the payload status and type; a status it has not seen stays unresolved', () => {
    const n = normalizeEvent(updated(thin, 9, [statusItem('todo', 'doing')]), EMPTY, [], NOW);
    expect(n.learned).toEqual({ statusCategories: { '2': 'indeterminate' }, issueTypeLevels: { '10001': 0 } });
    expect(n.observation.changes[0]).toMatchObject({ fromId: '1', toId: '2', to: 'indeterminate' });
    expect(n.observation.changes[0]).not.toHaveProperty('from');
    expect(n.unresolvedStatusIds).toEqual(['1']);
    expect(n.relevant).toBe(true);
  });

  test('a move within one status category, a summary edit, or points of an unknown field cannot move a KR', () => {
    expect(
      normalizeEvent(updated({ ...thin, status: 'review' }, 9, [statusItem('doing', 'review')]), KNOWN_META, [], NOW)
        .relevant,
    ).toBe(false);
    expect(
      normalizeEvent(updated(thin, 9, [{ field: 'summary', from: null, to: null }]), KNOWN_META, [], NOW).relevant,
    ).toBe(false);
    expect(
      normalizeEvent(updated(thin, 9, [pointsItem(1, 2, 'customfield_99')]), KNOWN_META, ['customfield_10016'], NOW)
        .relevant,
    ).toBe(false);
  });

  test('creation ranks first, deletion last and at the time it is received', () => {
    const c = normalizeEvent(created({ ...thin, status: 'todo' }), EMPTY, [], NOW);
    expect(c).toMatchObject({ kind: 'created', rank: 0, at: '2026-10-01T08:00:00.000Z', relevant: true });
    const d = normalizeEvent(deleted(thin), EMPTY, [], NOW);
    expect(d).toMatchObject({ kind: 'deleted', rank: DELETED_RANK, at: NOW.toISOString(), relevant: true });
    expect(d.observation.deletedAt).toBe(NOW.toISOString());
  });

  test("reads older sites' parent fields and both story-point field kinds", () => {
    const n = normalizeEvent(
      updated(thin, 9, [
        { field: 'Epic Link', fieldId: 'customfield_10014', from: null, to: '900' },
        pointsItem(null, 8, 'customfield_10026'),
      ]),
      KNOWN_META,
      ['customfield_10016', 'customfield_10026'],
      NOW,
    );
    expect(n.observation.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['parent', null, '900'],
      ['points', null, 8],
    ]);
  });

  test('knows when it needs the story-points fields', () => {
    expect(mentionsCustomField(updated(thin, 9, [pointsItem(1, 2)]))).toBe(true);
    expect(mentionsCustomField(updated(thin, 9, [statusItem('todo', 'done')]))).toBe(false);
  });
});

describe('IssueEvent schema', () => {
  test('refuses what is not an issue event, and oversized or hostile fields', () => {
    expect(IssueEvent.safeParse({ eventType: 'avi:jira:updated:issue' }).success).toBe(false);
    expect(IssueEvent.safeParse({ ...created({ ...thin, issueId: 'ABC-1' }) }).success).toBe(false);
    const huge = updated(
      thin,
      9,
      Array.from({ length: 1001 }, () => statusItem('todo', 'done')),
    );
    expect(IssueEvent.safeParse(huge).success).toBe(false);
    const long = updated(thin, 9, [{ field: 'x'.repeat(5000), from: null, to: null }]);
    expect(IssueEvent.safeParse(long).success).toBe(false);
    expect(IssueEvent.safeParse({ ...updated(thin, 9, []), changelog: { id: '1; DROP', items: [] } }).success).toBe(
      false,
    );
  });
});
