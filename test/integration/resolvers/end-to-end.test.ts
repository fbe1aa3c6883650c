/**
 * The resolvers' part of the whole loop, on the real handlers: objectives and KRs created and an epic linked through
 * the resolvers, progress computed by the real recompute consumer, an issue transitioned in the simulator reaching
 * the real trigger, and the portfolio and issue panel showing the new numbers.
 */
import { RESOLVER_KEYS as K, type IssuePanelView, type PortfolioView, type Written } from '../../../src/contract';
import { ANN, BOB, createHarness, krInput, objectiveInput } from './support/harness';

test('create, link, transition: KR and objective progress follow through the trigger and the queue', async () => {
  const h = createHarness();
  const objectiveId = (
    await h.data<Written>(K.createObjective, objectiveInput({ title: 'Launch well' }), ANN.accountId)
  ).id;
  const epicSource = {
    type: 'jira',
    measure: 'count',
    targets: [{ kind: 'epic', issueId: h.id('TEAM-1') }],
    includeSubtasks: false,
  };
  const launch = (
    await h.data<Written>(
      K.createKeyResult,
      krInput(objectiveId, { title: 'Launch', source: epicSource }),
      ANN.accountId,
    )
  ).id;
  const metric = { type: 'metric', start: 0, target: 10, current: 5, direction: 'increase' };
  await h.data(K.createKeyResult, krInput(objectiveId, { title: 'Signups', source: metric }), ANN.accountId);
  await h.drainRecomputes();

  const krs = async () => {
    const view = await h.data<PortfolioView>(K.portfolio, {}, BOB.accountId);
    const [objective] = view.roots;
    const byTitle: Record<string, number | undefined> = { objective: objective?.progress };
    for (const kr of objective?.keyResults ?? []) byTitle[kr.title] = kr.progress;
    return byTitle;
  };
  // Launch: TEAM-2 done of TEAM-2 and TEAM-3 (the sub-task TEAM-6 is left out) = 1/2; Signups 5/10; objective 1/2.
  expect(await krs()).toEqual({ objective: 0.5, Launch: 0.5, Signups: 0.5 });

  // A new story under TEAM-4, then TEAM-4 linked: scope TEAM-2, TEAM-3, TEAM-8 with one done = 1/3.
  h.sim.addIssue({ project: 'TEAM', type: 'Story', summary: 'Shard', parent: 'TEAM-4' });
  await h.deliverIssueEvents();
  await h.data(K.linkTarget, { keyResultId: launch, target: { kind: 'epic', issueId: h.id('TEAM-4') } }, ANN.accountId);
  await h.drainRecomputes();
  const linked = await krs();
  expect(linked.Launch).toBeCloseTo(1 / 3, 12);
  expect(linked.objective).toBeCloseTo((1 / 3 + 1 / 2) / 2, 12);

  // TEAM-3 done in Jira: 2/3, and the objective (2/3 + 1/2) / 2 = 7/12.
  h.sim.transition('TEAM-3', 'Done', { actor: ANN.accountId });
  await h.deliverIssueEvents();
  await h.drainRecomputes();
  const done = await krs();
  expect(done.Launch).toBeCloseTo(2 / 3, 12);
  expect(done.objective).toBeCloseTo(7 / 12, 12);

  const panel = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-3') }, BOB.accountId);
  expect(panel.keyResults.map((kr) => [kr.title, kr.via])).toEqual([['Launch', 'epic']]);
  expect(panel.keyResults[0]?.progress).toBeCloseTo(2 / 3, 12);
  expect(panel.keyResults[0]?.evidence.scope).toEqual({ issues: 3, todo: 1, inProgress: 0, done: 2 });
});
