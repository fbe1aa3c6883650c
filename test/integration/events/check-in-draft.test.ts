/**
 * The check-in draft built from what happened in Jira (issue 7): a count KR over one epic of ten stories, four done.
 * The daily job snapshots Monday 5 October and the champion checks in that day; then in the simulator three stories
 * are done and two new ones are put under the epic, and those issue events run through the real trigger, queue and
 * consumer. On Thursday 8 October the draft says what changed since the check-in, by hand:
 *   done 4 → 7 (3 done), scope 10 → 12 (2 added); progress 4/10 = 0.4 → 7/12; Q4 has 92 days, and expected progress
 *   counts a day once it is over: 4/92 on 5 Oct, 7/92 on 8 Oct. Pace change = (7/12 − 4/10) − (7/92 − 4/92)
 *   = 0.18333 − 0.03261 = 0.15072, "up 15 percentage points".
 */
import { anObjective, aJiraKeyResult, createHarness, epic, OWNER, storeOkrs } from './support/harness';
import { checkInDraft } from '../../../src/usecases/check-ins/check-in-draft';
import { recordCheckIn } from '../../../src/usecases/check-ins/record-check-in';
import type { Caller } from '../../../src/usecases/objectives/caller';

const champion: Caller = { accountId: OWNER, isAdmin: async () => false };

test('the check-in form opens drafted from the issues done and added in Jira since the last check-in', async () => {
  const h = createHarness({ start: '2026-10-05T09:00:00.000Z' });
  h.sim.addUser({ accountId: OWNER, displayName: 'Owner', email: 'owner@example.com', apiToken: 't' });
  h.sim.addProject({ key: 'TEAM', name: 'Team', style: 'team-managed' });
  const silent = { silent: true };
  const theEpic = h.sim.addIssue({ project: 'TEAM', type: 'Epic', summary: 'Onboarding' }, silent);
  const stories = Array.from({ length: 10 }, (_, i) =>
    h.sim.addIssue(
      {
        project: 'TEAM',
        type: 'Story',
        summary: `Story ${i + 1}`,
        parent: theEpic.key,
        ...(i < 4 ? { status: 'Done' as const } : {}),
      },
      silent,
    ),
  );
  await storeOkrs(
    h.services,
    [anObjective('O1')],
    [aJiraKeyResult('kr-onboarding', 'O1', 'count', [epic(theEpic.id)])],
  );

  await h.app.onDailySchedule();
  await h.drain();
  const stored = await h.services.repos.progress.get('kr-onboarding');
  expect(stored?.evidence.scope).toMatchObject({ issues: 10, done: 4 });
  const checkedIn = await recordCheckIn(h.services, champion, {
    keyResultId: 'kr-onboarding',
    confidence: 'medium',
    note: 'On our way',
  });
  expect(checkedIn.ok).toBe(true);

  h.clock.advance(86_400_000);
  for (const story of stories.slice(4, 7)) {
    h.sim.transition(story.key, 'Done');
    h.clock.advance(60_000);
  }
  h.clock.advance(86_400_000);
  for (const n of [11, 12]) {
    h.sim.addIssue({ project: 'TEAM', type: 'Story', summary: `Story ${n}`, parent: theEpic.key });
    h.clock.advance(60_000);
  }
  await h.settle();
  h.clock.set(new Date('2026-10-08T15:00:00.000Z'));
  expect((await h.services.repos.progress.get('kr-onboarding'))?.evidence.scope).toMatchObject({ issues: 12, done: 7 });

  const draft = await checkInDraft(h.services, champion, 'kr-onboarding');
  if (!draft.ok) throw new Error(draft.error.message);
  expect(draft.value.since).toMatchObject({ doneAdded: 3, scopeAdded: 2 });
  expect(draft.value.since?.paceChange).toBeCloseTo(7 / 12 - 4 / 10 - 3 / 92, 9);
  expect(draft.value.note).toBe(
    [
      'Since the last check-in (2026-10-05):',
      '- 3 issues done',
      '- 2 issues added to scope',
      '- pace up 15 percentage points',
    ].join('\n'),
  );
});
