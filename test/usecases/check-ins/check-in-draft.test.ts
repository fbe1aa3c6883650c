import { checkInDraft } from '../../../src/usecases/check-ins/check-in-draft';
import { draftNote } from '../../../src/usecases/check-ins/draft-note';
import { aMetricKeyResult, callerOf, CHAMPION, checkInFixture, OUTSIDER } from './fixture';

/** A Jira count KR: 12 issues in scope, 6 done now (progress 0.5); 10 and 3 (0.3) on the day of the last check-in. */
async function withJiraHistory() {
  const f = await checkInFixture();
  const created = await f.repos.keyResults.create(
    aMetricKeyResult({
      id: 'kr-launch',
      title: 'Launch the new onboarding',
      source: { type: 'jira', measure: 'count', targets: [{ kind: 'epic', issueId: '10001' }], includeSubtasks: false },
    }),
  );
  if (!created.ok) throw new Error('set-up failed');
  await f.repos.progress.save({
    keyResultId: 'kr-launch',
    progress: 0.5,
    evidence: {
      sourceType: 'jira',
      scope: { issues: 12, todo: 4, inProgress: 2, done: 6 },
      emptyScope: false,
      flags: [],
    },
    asOf: '2026-11-25T08:00:00.000Z',
    stale: false,
  });
  await f.repos.snapshots.save({
    keyResultId: 'kr-launch',
    date: '2026-11-10',
    progress: 0.2,
    scopeIssues: 10,
    doneIssues: 2,
  });
  await f.repos.snapshots.save({
    keyResultId: 'kr-launch',
    date: '2026-11-11',
    progress: 0.3,
    scopeIssues: 10,
    doneIssues: 3,
  });
  await f.repos.snapshots.save({
    keyResultId: 'kr-launch',
    date: '2026-11-12',
    progress: 0.4,
    scopeIssues: 11,
    doneIssues: 4,
  });
  await f.repos.checkIns.save({
    id: 'c-1',
    keyResultId: 'kr-launch',
    authorId: CHAMPION,
    at: '2026-11-11T10:00:00.000Z',
    confidence: 'medium',
    note: 'halfway there',
  });
  return f;
}

describe('checkInDraft', () => {
  it('compares now with the snapshot of the last check-in’s day: 3 done, 2 added, pace up 5 points', async () => {
    const f = await withJiraHistory();
    const answer = await checkInDraft(f.services, callerOf(CHAMPION), 'kr-launch');
    if (!answer.ok) throw new Error(answer.error.message);
    // Q4 2026 has 92 days: expected 55/92 on Nov 25 and 41/92 on Nov 11, so pace moved (0.5 − 0.3) − 14/92 ≈ +0.0478.
    expect(answer.value).toMatchObject({
      keyResultId: 'kr-launch',
      lastCheckInAt: '2026-11-11T10:00:00.000Z',
      since: { doneAdded: 3, scopeAdded: 2 },
    });
    expect(answer.value.since?.paceChange).toBeCloseTo(0.2 - 14 / 92, 9);
    expect(answer.value.note).toBe(
      [
        'Since the last check-in (2026-11-11):',
        '- 3 issues done',
        '- 2 issues added to scope',
        '- pace up 5 percentage points',
      ].join('\n'),
    );
  });

  it('before the first check-in, it says so', async () => {
    const f = await checkInFixture();
    const answer = await checkInDraft(f.services, callerOf(CHAMPION), 'kr-deploys');
    expect(answer).toEqual({
      ok: true,
      value: { keyResultId: 'kr-deploys', note: 'First check-in: where this key result stands, and what comes next.' },
    });
  });

  it('is FORBIDDEN to someone who may not check in, and writes nothing', async () => {
    const f = await withJiraHistory();
    const before = f.dump();
    expect(await checkInDraft(f.services, callerOf(OUTSIDER), 'kr-launch')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(f.dump()).toBe(before);
  });
});

describe('draftNote', () => {
  it('speaks in story points for a points KR and in progress points for a metric', () => {
    const since = { doneAdded: 1, scopeAdded: -2, paceChange: -0.1 };
    expect(draftNote(since, '2026-11-11T10:00:00Z', 'jira', 'points')).toBe(
      'Since the last check-in (2026-11-11):\n- 1 story point done\n- -2 story points added to scope\n- pace down 10 percentage points',
    );
    expect(draftNote({ doneAdded: 0.125, scopeAdded: 0, paceChange: 0 }, '2026-11-11T10:00:00Z', 'metric')).toBe(
      'Since the last check-in (2026-11-11):\n- 13 percentage points of progress\n- pace unchanged',
    );
    expect(draftNote(undefined, '2026-11-11T10:00:00Z', 'metric')).toContain('no stored progress to compare with yet');
  });
});
