import { runDailySchedule } from '../../../src/usecases/daily/run-daily-schedule';
import { requestRecompute } from '../../../src/usecases/recompute/recompute-job';
import { aJiraKeyResult, anObjective, createHarness, epic, storeOkrs } from '../../integration/events/support/harness';

/**
 * Once an objective is closed (graded) or abandoned, its KRs' progress is the record the grade was given on: no daily
 * reconcile and no issue event moves it. Open objectives' KRs keep moving.
 *
 *   EPIC-1 Epic, four stories: two done at first (progress 2 / 4 = 0.5), then two more done (4 / 4 = 1).
 */
test('the daily run and issue events leave KRs of closed and abandoned objectives as graded', async () => {
  const h = createHarness();
  h.sim.addProject({ key: 'PAY', name: 'Payments', style: 'team-managed' });
  const epicIssue = h.sim.addIssue({ project: 'PAY', type: 'Epic', summary: 'Checkout' }, { silent: true });
  const stories = ['Cart', 'Pay', 'Receipt', 'Refund'].map((summary, i) =>
    h.sim.addIssue(
      { project: 'PAY', type: 'Story', summary, parent: epicIssue.key, status: i < 2 ? 'Done' : 'To Do' },
      { silent: true },
    ),
  );
  const target = [epic(epicIssue.id)];
  await storeOkrs(
    h.services,
    [anObjective('open'), anObjective('graded'), anObjective('dropped')],
    [
      aJiraKeyResult('kr-open', 'open', 'count', target),
      aJiraKeyResult('kr-graded', 'graded', 'count', target),
      aJiraKeyResult('kr-dropped', 'dropped', 'count', target),
    ],
  );
  await requestRecompute(h.services, ['kr-open', 'kr-graded', 'kr-dropped'], 'manual');
  await h.drain();
  const progressOf = async (id: string) => (await h.services.repos.progress.get(id))?.progress;
  expect(await progressOf('kr-graded')).toBe(0.5);

  for (const [id, state] of [
    ['graded', 'closed'],
    ['dropped', 'abandoned'],
  ] as const) {
    const objective = await h.services.repos.objectives.get(id);
    if (!objective) throw new Error(`no ${id}`);
    expect((await h.services.repos.objectives.update({ ...objective, state, grade: 0.5 })).ok).toBe(true);
  }
  for (const story of stories.slice(2)) h.sim.transition(story.key, 'Done');
  await h.settle(); // the issue events
  h.clock.advance(24 * 3600 * 1000);
  expect(await runDailySchedule(h.services)).toMatchObject({ status: 'queued', keyResults: 3 });
  await h.drain();

  expect(await progressOf('kr-open')).toBe(1);
  expect(await progressOf('kr-graded')).toBe(0.5);
  expect(await progressOf('kr-dropped')).toBe(0.5);
  const daily = h.runs[h.runs.length - 1];
  expect(daily?.frozen.sort()).toEqual(['kr-dropped', 'kr-graded']);
  expect(daily?.recomputed).toEqual(['kr-open']);
});
