import type { ForgeIssueEvent } from '../../../sandbox/jira-simulator';
import { ALICE, call, seededSite } from './fixtures';

function recording() {
  const site = seededSite();
  const events: ForgeIssueEvent[] = [];
  site.sim.onEvent((e) => events.push(e));
  return { ...site, events };
}

const THIN_FIELDS = [
  'assignee',
  'created',
  'creator',
  'issuetype',
  'project',
  'reporter',
  'status',
  'summary',
  'updated',
];

describe('Forge issue events', () => {
  it('emits a thin created event (no parent, no custom fields)', () => {
    const { sim, events } = recording();
    sim.addIssue({
      project: 'TEAM',
      type: 'Story',
      summary: 'New',
      parent: 'TEAM-1',
      points: 2,
      reporter: ALICE.accountId,
    });
    expect(events).toHaveLength(1);
    const e = events[0] as ForgeIssueEvent;
    expect(e.eventType).toBe('avi:jira:created:issue');
    expect(e.atlassianId).toBe(ALICE.accountId);
    expect(e.changelog).toBeUndefined();
    expect(e.issue.key).toBe('TEAM-5');
    expect(Object.keys(e.issue.fields).sort()).toEqual(THIN_FIELDS);
    expect(e.issue.fields.creator).toEqual({ accountId: ALICE.accountId });
    expect(e.issue.fields.status).toMatchObject({ name: 'To Do', statusCategory: { key: 'new' } });
  });

  it('a transition is an update with a status item (and resolution), recorded in the changelog', async () => {
    const { sim, events, clock } = recording();
    clock.advance(60_000);
    sim.transition('TEAM-3', 'Done', { actor: ALICE.accountId });
    const e = events[0] as ForgeIssueEvent;
    expect(e.eventType).toBe('avi:jira:updated:issue');
    expect(e.changelog?.items).toEqual([
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: '10101',
        fromString: 'In Progress',
        to: '10103',
        toString: 'Done',
      },
      {
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: '10000',
        toString: 'Done',
      },
    ]);
    expect(sim.issue('TEAM-3')).toMatchObject({
      status: 'Done',
      statusCategory: 'done',
      resolutiondate: clock.now(),
      updated: clock.now(),
    });
    const logs = await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['TEAM-3'] });
    expect(logs.json.issueChangeLogs).toEqual([
      {
        issueId: '10002',
        changeHistories: [
          {
            id: e.changelog?.id,
            created: '2026-03-02T09:01:00.000+0000',
            author: expect.objectContaining({ accountId: ALICE.accountId }),
            items: e.changelog?.items,
          },
        ],
      },
    ]);
  });

  it('a re-parent is IssueParentAssociation without fieldId', () => {
    const { sim, events } = recording();
    sim.addIssue({ project: 'TEAM', type: 'Epic', summary: 'Other epic' }, { silent: true });
    sim.setParent('TEAM-3', 'TEAM-5');
    expect(events[0]?.changelog?.items).toEqual([
      {
        field: 'IssueParentAssociation',
        fieldtype: 'jira',
        from: '10000',
        fromString: 'TEAM-1',
        to: '10007',
        toString: 'TEAM-5',
      },
    ]);
    expect(events[0]?.issue.fields).not.toHaveProperty('parent');
    expect(sim.issue('TEAM-3')?.parentKey).toBe('TEAM-5');
  });

  it("logs story points under the project style's field, and labels/fix versions like Jira", () => {
    const { sim, events } = recording();
    sim.updateFields('TEAM-3', { points: 8 });
    sim.updateFields('CORE-2', { points: 13, labels: ['api'], fixVersions: ['0.9'] });
    expect(events[0]?.changelog?.items).toEqual([
      {
        field: 'Story point estimate',
        fieldtype: 'custom',
        fieldId: 'customfield_10016',
        from: null,
        fromString: '5',
        to: null,
        toString: '8',
      },
    ]);
    expect(events[1]?.changelog?.items).toEqual([
      {
        field: 'Story Points',
        fieldtype: 'custom',
        fieldId: 'customfield_10026',
        from: null,
        fromString: '8',
        to: null,
        toString: '13',
      },
      {
        field: 'labels',
        fieldtype: 'jira',
        fieldId: 'labels',
        from: null,
        fromString: 'api Infra',
        to: null,
        toString: 'api',
      },
      {
        field: 'Fix Version',
        fieldtype: 'jira',
        fieldId: 'fixVersions',
        from: '10000',
        fromString: '1.0',
        to: null,
        toString: null,
      },
      {
        field: 'Fix Version',
        fieldtype: 'jira',
        fieldId: 'fixVersions',
        from: null,
        fromString: null,
        to: '10001',
        toString: '0.9',
      },
    ]);
  });

  it('a no-op change emits nothing', () => {
    const { sim, events } = recording();
    sim.transition('TEAM-3', 'In Progress');
    sim.updateFields('TEAM-3', { points: 5 });
    expect(events).toEqual([]);
  });

  it('delete emits a snapshot; sub-tasks go silently; children of a deleted epic lose their parent', () => {
    const { sim, events } = recording();
    sim.deleteIssue('TEAM-2');
    expect(events.map((e) => [e.eventType, e.issue.key])).toEqual([['avi:jira:deleted:issue', 'TEAM-2']]);
    expect(sim.issue('TEAM-4')).toBeUndefined();
    sim.deleteIssue('CORE-1');
    expect(events).toHaveLength(2);
    expect(sim.issue('CORE-2')?.parentId).toBeNull();
  });

  it('REST writes emit events with the caller as atlassianId', async () => {
    const { sim, events } = recording();
    await call(sim, 'POST', '/rest/api/3/issue/TEAM-1/transitions', { transition: { id: '21' } });
    expect(events[0]?.atlassianId).toBe('63f1c0ffee5a1b0069e0a001');
    await call(
      sim,
      'PUT',
      '/rest/api/3/issue/TEAM-1',
      { fields: { summary: 'Renamed' } },
      { kind: 'user', accountId: ALICE.accountId },
    );
    expect(events[1]).toMatchObject({
      atlassianId: ALICE.accountId,
      changelog: { items: [{ field: 'summary', fromString: 'Launch rockets', toString: 'Renamed' }] },
    });
  });

  it('a throwing listener does not break the change or other listeners', () => {
    const { sim, events } = recording();
    const off = sim.onEvent(() => {
      throw new Error('boom');
    });
    sim.transition('TEAM-1', 'In Progress');
    off();
    expect(events).toHaveLength(1);
    expect(sim.issue('TEAM-1')?.status).toBe('In Progress');
  });
});

describe('changelog/bulkfetch', () => {
  it('filters by field ids, sorts oldest first and pages', async () => {
    const { sim, clock } = seededSite();
    clock.advance(1000);
    sim.transition('TEAM-1', 'In Progress');
    clock.advance(1000);
    sim.updateFields('TEAM-1', { summary: 'x' });
    clock.advance(1000);
    sim.transition('TEAM-3', 'Done');
    clock.advance(1000);
    sim.setParent('TEAM-3', null);
    const all = await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['TEAM-3', 'TEAM-1'],
      fieldIds: ['status'],
    });
    expect(
      all.json.issueChangeLogs.map((l: { issueId: string; changeHistories: unknown[] }) => [
        l.issueId,
        l.changeHistories.length,
      ]),
    ).toEqual([
      ['10000', 1],
      ['10002', 1],
    ]);
    const parent = await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['TEAM-3'],
      fieldIds: ['IssueParentAssociation'],
    });
    expect(parent.json.issueChangeLogs[0].changeHistories[0].items[0].field).toBe('IssueParentAssociation');
    const page1 = await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['TEAM-1', 'TEAM-3'],
      maxResults: 3,
    });
    expect(page1.json.nextPageToken).toEqual(expect.any(String));
    const page2 = await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['TEAM-1', 'TEAM-3'],
      maxResults: 3,
      nextPageToken: page1.json.nextPageToken,
    });
    expect(page2.json.issueChangeLogs).toEqual([
      {
        issueId: '10002',
        changeHistories: [
          expect.objectContaining({ items: [expect.objectContaining({ field: 'IssueParentAssociation' })] }),
        ],
      },
    ]);
    expect(page2.json).not.toHaveProperty('nextPageToken');
  });

  it('validates limits', async () => {
    const { sim } = seededSite();
    expect((await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [] })).status).toBe(400);
    const fieldIds = Array.from({ length: 11 }, (_, i) => `f${i}`);
    expect(
      (await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['TEAM-1'], fieldIds })).status,
    ).toBe(400);
    const ids = Array.from({ length: 1001 }, (_, i) => String(i));
    expect((await call(sim, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ids })).status).toBe(400);
  });
});
