import {
  RESOLVER_KEYS as K,
  type GadgetView,
  type IssueContextView,
  type IssuePanelView,
  type KeyResultDetailView,
  type ObjectiveNodeDto,
  type PortfolioView,
  type ProjectPageView,
  type Written,
} from '../../../src/contract';
import type { ExtensionContext } from '../../../sandbox/forge/invoker/extension-context';
import { quietly } from './support/quietly';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, storedProgress, type Harness } from './support/harness';

const jiraSource = (targets: unknown[], measure = 'count') => ({
  type: 'jira',
  measure,
  targets,
  includeSubtasks: false,
});
const epic = (h: Harness, key: string) => ({ kind: 'epic' as const, issueId: h.id(key) });

function panelOf(h: Harness, key: string): ExtensionContext {
  const issue = h.sim.issue(key);
  if (!issue) throw new Error(key);
  return {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key, type: issue.type },
    project: { id: issue.projectId, key: issue.projectKey, type: 'software' },
  };
}

/**
 * Ann's Q4 plan: "Launch" KR counts epics TEAM-1 and CORE-1 (Bob cannot browse CORE), "Version" KR counts
 * fix version 1.0, and "Project" KR the whole TEAM project.
 */
async function seedJiraKrs(h: Harness) {
  const objectiveId = (
    await h.data<Written>(K.createObjective, objectiveInput({ title: 'Ship it', team: 'Rocket' }), ANN.accountId)
  ).id;
  const create = async (title: string, targets: unknown[]) =>
    (
      await h.data<Written>(
        K.createKeyResult,
        krInput(objectiveId, { title, source: jiraSource(targets) }),
        ANN.accountId,
      )
    ).id;
  const launch = await create('Launch', [epic(h, 'TEAM-1'), epic(h, 'CORE-1')]);
  const version = await create('Version', [{ kind: 'version', versionId: h.versionId }]);
  const project = await create('Project', [{ kind: 'project', projectId: h.projectId('TEAM') }]);
  return { objectiveId, launch, version, project };
}

describe('okr/issuePanel', () => {
  test('a story feeds the KRs of its epic and its project; cold: one Jira call as the viewer; warm: none', async () => {
    const h = createHarness();
    const { launch, project } = await seedJiraKrs(h);
    await h.repos.progress.save(
      storedProgress(launch, 0.3, {
        stale: true,
        staleReason: 'Jira was unavailable',
        lastGoodAt: '2026-11-15T08:00:00.000Z',
      }),
    );
    await h.repos.progress.save(storedProgress(project, 0.6));
    h.sim.meter.reset();

    const cold = await h.data<IssuePanelView>(
      K.issuePanel,
      { issueId: h.id('TEAM-2') },
      BOB.accountId,
      panelOf(h, 'TEAM-2'),
    );
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/issue/{issueIdOrKey}']?.calls).toBe(1);
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/user/bulk']?.calls).toBe(1);
    expect(h.sim.meter.calls).toBe(2);

    expect(cold.issue).toEqual({ id: h.id('TEAM-2'), key: 'TEAM-2', isEpic: false });
    expect(cold.canLink).toBe(false);
    expect(cold.keyResults.map((kr) => [kr.title, kr.via])).toEqual([
      ['Launch', 'epic'],
      ['Project', 'project'],
    ]);
    // Expected progress on day 46 of 92 is 0.5: Launch is 0.2 behind (at risk), Project 0.1 ahead.
    expect(cold.keyResults[0]).toMatchObject({
      progress: 0.3,
      expected: 0.5,
      pace: -0.2,
      status: 'at-risk',
      stale: true,
      staleReason: 'Jira was unavailable',
      asOf: '2026-11-15T08:00:00.000Z',
      objectiveTitle: 'Ship it',
      owners: [{ accountId: ANN.accountId, displayName: 'Ann Owner' }],
    });
    expect(cold.keyResults[1]).toMatchObject({ progress: 0.6, pace: 0.1, status: 'on-track', stale: false });

    h.sim.meter.reset();
    const warm = await h.data<IssuePanelView>(
      K.issuePanel,
      { issueId: h.id('TEAM-2') },
      BOB.accountId,
      panelOf(h, 'TEAM-2'),
    );
    expect(h.sim.meter.calls).toBe(0);
    expect(warm).toEqual(cold);

    // The cache is short-lived: after its TTL the route is fetched again (once).
    h.clock.advance(301_000);
    h.sim.meter.reset();
    await h.data(K.issuePanel, { issueId: h.id('TEAM-2') }, BOB.accountId, panelOf(h, 'TEAM-2'));
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/issue/{issueIdOrKey}']?.calls).toBe(1);
  });

  test('an issue the viewer cannot browse is NOT_FOUND: no key, no summary, not even from a warm cache of someone else', async () => {
    const h = createHarness();
    await seedJiraKrs(h);
    await h.data(K.issuePanel, { issueId: h.id('CORE-2') }, ANN.accountId);
    const answer = await h.call(K.issuePanel, { issueId: h.id('CORE-2') }, BOB.accountId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(answer)).not.toMatch(/CORE|Secret/);
  });

  test('an epic feeds what it is linked to; its owner or an admin may link it, others may not', async () => {
    const h = createHarness();
    const { launch } = await seedJiraKrs(h);
    const asBob = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-1') }, BOB.accountId);
    expect(asBob.issue).toEqual({ id: h.id('TEAM-1'), key: 'TEAM-1', isEpic: true });
    expect(asBob.keyResults.map((kr) => [kr.id, kr.via])).toEqual([[launch, 'epic']]);
    expect(asBob.canLink).toBe(false);
    expect((await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-1') }, ANN.accountId)).canLink).toBe(true);
    expect((await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-1') }, ADA.accountId)).canLink).toBe(true);
  });

  test('a version route, and a sub-task feeding only KRs that include sub-tasks', async () => {
    const h = createHarness();
    const { version } = await seedJiraKrs(h);
    const gateway = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('CORE-2') }, ANN.accountId);
    expect(gateway.keyResults.map((kr) => [kr.title, kr.via])).toEqual([
      ['Launch', 'epic'],
      ['Version', 'version'],
    ]);
    expect(gateway.keyResults[1]?.id).toBe(version);
    const bolt = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-6') }, ANN.accountId);
    expect(bolt.keyResults).toEqual([]);
  });

  test('a sub-task feeds its parent story\'s epic KRs that include sub-tasks; cold: two Jira calls as the viewer, warm: none', async () => {
    const h = createHarness();
    const { objectiveId } = await seedJiraKrs(h);
    const withSubtasks = (
      await h.data<Written>(
        K.createKeyResult,
        krInput(objectiveId, { title: 'Launch, sub-tasks too', source: { ...jiraSource([epic(h, 'TEAM-1')]), includeSubtasks: true } }),
        ANN.accountId,
      )
    ).id;
    h.sim.meter.reset();
    // TEAM-6 "Bolt" is a sub-task of TEAM-2, a story of epic TEAM-1: read it, then TEAM-2 for its epic.
    const bolt = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-6') }, ANN.accountId);
    expect(bolt.keyResults.map((kr) => [kr.id, kr.via])).toEqual([[withSubtasks, 'epic']]);
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/issue/{issueIdOrKey}']?.calls).toBe(2);
    h.sim.meter.reset();
    const warm = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-6') }, ANN.accountId);
    expect(warm.keyResults.map((kr) => kr.id)).toEqual([withSubtasks]);
    expect(h.sim.meter.calls).toBe(0);
  });

  test('unlinking shows at once: the KR list comes from storage, not from the cached route', async () => {
    const h = createHarness();
    const { launch } = await seedJiraKrs(h);
    await h.data(K.issuePanel, { issueId: h.id('TEAM-2') }, ANN.accountId);
    await h.data(K.unlinkTarget, { keyResultId: launch, target: epic(h, 'TEAM-1') }, ANN.accountId);
    const after = await h.data<IssuePanelView>(K.issuePanel, { issueId: h.id('TEAM-2') }, ANN.accountId);
    expect(after.keyResults.map((kr) => kr.title)).toEqual(['Project']);
  });
});

describe('okr/issueContext', () => {
  test('counts the KRs an issue feeds and those needing attention, from the same cached route', async () => {
    const h = createHarness();
    const { launch, project } = await seedJiraKrs(h);
    await h.repos.progress.save(storedProgress(launch, 0.3, { stale: true }));
    await h.repos.progress.save(storedProgress(project, 0.1));
    await h.data(K.issuePanel, { issueId: h.id('TEAM-3') }, BOB.accountId);
    h.sim.meter.reset();
    const badge = await h.data<IssueContextView>(K.issueContext, { issueId: h.id('TEAM-3') }, BOB.accountId);
    expect(badge).toEqual({ feeds: 2, atRisk: 1, offTrack: 1, stale: 1 });
    expect(h.sim.meter.calls).toBe(0);
  });
});

describe('okr/portfolio', () => {
  /**
   * Company "Grow" (Ann): K1 weight 1 committed at 0.6; K2 weight 3 aspirational at 0.2.
   * Team "Platform" aligned under Grow with contribution 2: K3 at 0.9 (stale).
   * Team "Dropped" aligned under Grow, abandoned: K4 at 0 — shown, not counted.
   * Grow = (1 × 0.6 + 3 × 0.2 + 2 × 0.9) / (1 + 3 + 2) = 3.0 / 6 = 0.5.
   * Expected today 0.5 (committed) and 0.35 (aspirational: 0.5 × 0.7):
   * K1 +0.1 on-track, K2 −0.15 at-risk, K3 +0.4 on-track, K4 −0.5 off-track; Grow 0 on-track.
   */
  async function seedPortfolio(h: Harness) {
    const create = async (input: Record<string, unknown>) =>
      (await h.data<Written>(K.createObjective, objectiveInput(input), ANN.accountId)).id;
    const grow = await create({ title: 'Grow', level: 'company' });
    const platform = await create({
      title: 'Platform',
      team: 'Core',
      parent: { objectiveId: grow, contributionWeight: 2 },
    });
    const dropped = await create({
      title: 'Dropped',
      team: 'Core',
      parent: { objectiveId: grow, contributionWeight: 1 },
    });
    const kr = async (
      objectiveId: string,
      title: string,
      progress: number,
      extra: Record<string, unknown> = {},
      stale = false,
    ) => {
      const { id } = await h.data<Written>(K.createKeyResult, krInput(objectiveId, { title, ...extra }), ANN.accountId);
      await h.repos.progress.save(storedProgress(id, progress, stale ? { stale: true } : {}));
      return id;
    };
    const k1 = await kr(grow, 'K1', 0.6);
    const k2 = await kr(grow, 'K2', 0.2, { weight: 3, kind: 'aspirational', ownerIds: [BOB.accountId] });
    const k3 = await kr(platform, 'K3', 0.9, {}, true);
    const k4 = await kr(dropped, 'K4', 0);
    await h.data(K.abandonObjective, { objectiveId: dropped, version: 1 }, ANN.accountId);
    return { grow, platform, dropped, k1, k2, k3, k4 };
  }

  const titles = (nodes: ObjectiveNodeDto[]): unknown[] =>
    nodes.map((n) => [n.title, n.keyResults.map((kr) => kr.title), titles(n.children)]);

  test('the current quarter by default: the alignment tree with hand-computed rollup, pace and totals', async () => {
    const h = createHarness();
    const ids = await seedPortfolio(h);
    const view = await h.data<PortfolioView>(K.portfolio, {}, BOB.accountId);
    expect(view.period).toEqual({
      id: '2026-Q4',
      name: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
      closed: false,
    });
    expect(view.periods.map((p) => p.id)).toContain('2026-Q4');
    expect(titles(view.roots)).toEqual([
      [
        'Grow',
        ['K1', 'K2'],
        [
          ['Dropped', ['K4'], []],
          ['Platform', ['K3'], []],
        ],
      ],
    ]);
    const [grow] = view.roots;
    expect(grow).toMatchObject({ id: ids.grow, progress: 0.5, status: 'on-track', state: 'active', level: 'company' });
    expect(grow?.keyResults.map((kr) => [kr.title, kr.expected, kr.pace, kr.status])).toEqual([
      ['K1', 0.5, 0.1, 'on-track'],
      ['K2', 0.35, -0.15, 'at-risk'],
    ]);
    const platform = grow?.children.find((c) => c.title === 'Platform');
    expect(platform).toMatchObject({
      progress: 0.9,
      contributionWeight: 2,
      parent: { objectiveId: ids.grow, contributionWeight: 2 },
    });
    expect(platform?.keyResults[0]).toMatchObject({ stale: true });
    const dropped = grow?.children.find((c) => c.title === 'Dropped');
    expect(dropped).toMatchObject({ state: 'abandoned', progress: 0, status: 'off-track' });
    expect(view.totals).toEqual({ objectives: 3, keyResults: 4, atRisk: 1, offTrack: 1, stale: 1 });
    expect(grow?.owners).toEqual([{ accountId: ANN.accountId, displayName: 'Ann Owner' }]);
  });

  test('filters hide, they never change numbers; an objective whose parent is hidden becomes a root', async () => {
    const h = createHarness();
    await seedPortfolio(h);
    const team = await h.data<PortfolioView>(K.portfolio, { level: 'team' }, BOB.accountId);
    expect(titles(team.roots)).toEqual([
      ['Dropped', ['K4'], []],
      ['Platform', ['K3'], []],
    ]);
    expect(team.roots[1]?.progress).toBe(0.9);
    expect(team.totals).toEqual({ objectives: 2, keyResults: 2, atRisk: 0, offTrack: 1, stale: 1 });

    const atRisk = await h.data<PortfolioView>(K.portfolio, { status: 'at-risk' }, BOB.accountId);
    expect(titles(atRisk.roots)).toEqual([['Grow', ['K2'], []]]);
    expect(atRisk.roots[0]?.progress).toBe(0.5);
    expect(atRisk.totals).toEqual({ objectives: 1, keyResults: 1, atRisk: 1, offTrack: 0, stale: 0 });

    const bobs = await h.data<PortfolioView>(K.portfolio, { ownerId: BOB.accountId }, BOB.accountId);
    expect(titles(bobs.roots)).toEqual([['Grow', ['K2'], []]]);
    const aspirational = await h.data<PortfolioView>(
      K.portfolio,
      { kind: 'aspirational', team: 'Core' },
      BOB.accountId,
    );
    expect(aspirational.roots).toEqual([]);
  });

  test('another period, and an annual period that rolls up its quarters', async () => {
    const h = createHarness();
    const ids = await seedPortfolio(h);
    const year = (
      await h.data<Written>(
        K.createObjective,
        objectiveInput({ title: 'Year', level: 'company', periodId: '2026' }),
        ANN.accountId,
      )
    ).id;
    await h.data(
      K.alignObjective,
      { objectiveId: ids.grow, version: 1, parent: { objectiveId: year, contributionWeight: 1 } },
      ANN.accountId,
    );
    const annual = await h.data<PortfolioView>(K.portfolio, { periodId: '2026' }, ANN.accountId);
    expect(annual.period).toMatchObject({ id: '2026', start: '2026-01-01', end: '2026-12-31' });
    expect(annual.roots.map((r) => [r.title, r.progress])).toEqual([['Year', 0.5]]);
    expect(annual.roots[0]?.children.map((c) => c.title)).toEqual(['Grow']);
    const empty = await h.data<PortfolioView>(K.portfolio, { periodId: '2027-Q2' }, ANN.accountId);
    expect(empty.roots).toEqual([]);
    expect(empty.periods.map((p) => p.id)).toContain('2027-Q2');
    expect(await h.call(K.portfolio, { periodId: 'someday' }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] },
    });
  });

  test('served from storage: it answers while Jira is down (names fall back to account ids)', async () => {
    const h = createHarness();
    await seedPortfolio(h);
    h.sim.setRealism({ errorRate: 1 });
    const view = await quietly(() => h.data<PortfolioView>(K.portfolio, {}, ADA.accountId));
    expect(view.roots[0]).toMatchObject({ progress: 0.5 });
    expect(view.totals.stale).toBe(1);
  });
});

describe('okr/keyResultDetail', () => {
  test('burn-up in the KR’s unit, what moved since the last check-in, check-ins with names', async () => {
    const h = createHarness();
    const { launch } = await seedJiraKrs(h);
    await h.repos.snapshots.save({
      keyResultId: launch,
      date: '2026-10-01',
      progress: 0,
      scopeIssues: 2,
      doneIssues: 0,
    });
    await h.repos.snapshots.save({
      keyResultId: launch,
      date: '2026-11-16',
      progress: 0.75,
      scopeIssues: 4,
      doneIssues: 3,
    });
    await h.repos.progress.save(
      storedProgress(launch, 0.75, {
        evidence: {
          sourceType: 'jira',
          measure: 'count',
          scope: { issues: 4, todo: 0, inProgress: 1, done: 3 },
          byTarget: [
            { target: epic(h, 'TEAM-1'), issues: 2, done: 1 },
            { target: epic(h, 'CORE-1'), issues: 2, done: 2 },
          ],
          emptyScope: false,
          flags: [],
        },
      }),
    );
    await h.repos.checkIns.save({
      id: 'ci-1',
      keyResultId: launch,
      authorId: ANN.accountId,
      at: '2026-10-01T15:00:00Z',
      confidence: 'high',
      note: 'Off we go',
    });

    const detail = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: launch }, ANN.accountId);
    expect(detail.keyResult).toMatchObject({
      id: launch,
      title: 'Launch',
      periodId: '2026-Q4',
      source: jiraSource([epic(h, 'TEAM-1'), epic(h, 'CORE-1')]),
      evidence: { scope: { issues: 4, todo: 0, inProgress: 1, done: 3 }, flags: [] },
      lastCheckIn: {
        at: '2026-10-01T15:00:00Z',
        author: { accountId: ANN.accountId, displayName: 'Ann Owner' },
        confidence: 'high',
      },
    });
    // Expected on 2026-10-01 is 0 of the scope; on 2026-11-16 it is 0.5 × 4 issues.
    expect(detail.burnup).toEqual([
      { date: '2026-10-01', scope: 2, done: 0, expected: 0 },
      { date: '2026-11-16', scope: 4, done: 3, expected: 2 },
    ]);
    // Since the check-in (snapshot of 2026-10-01): 3 more done, 2 more in scope, pace from 0 to +0.25.
    expect(detail.sinceLastCheckIn).toEqual({ doneAdded: 3, scopeAdded: 2, paceChange: 0.25 });
    expect(detail.checkIns).toEqual([
      {
        id: expect.any(String),
        at: '2026-10-01T15:00:00Z',
        author: { accountId: ANN.accountId, displayName: 'Ann Owner' },
        confidence: 'high',
        note: 'Off we go',
      },
    ]);
    expect(detail.contributors).toEqual([
      { target: epic(h, 'TEAM-1'), label: 'TEAM-1 Launch', progress: 0.5, scope: 2, done: 1 },
      { target: epic(h, 'CORE-1'), label: 'CORE-1 Secret platform', progress: 1, scope: 2, done: 2 },
    ]);
  });

  test('permission-faithful: an epic the viewer cannot browse is "restricted", never its key; a deleted one is missing', async () => {
    const h = createHarness();
    const { launch } = await seedJiraKrs(h);
    const detail = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: launch }, BOB.accountId);
    expect(detail.contributors.map((c) => [c.label, c.missing ?? false])).toEqual([
      ['TEAM-1 Launch', false],
      ['Restricted epic', false],
    ]);
    // The KR's own source lists ids, which the Jira UI shows to no one without access either.
    expect(JSON.stringify(detail)).not.toMatch(/CORE-|Secret/);

    await h.data(K.linkTarget, { keyResultId: launch, target: epic(h, 'TEAM-5') }, ANN.accountId);
    h.sim.deleteIssue('TEAM-5', { silent: true });
    const after = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: launch }, ANN.accountId);
    expect(after.contributors[2]).toMatchObject({ label: 'Deleted epic', missing: true });
  });

  test('served from storage while Jira is down: numbers stay, labels turn generic', async () => {
    const h = createHarness();
    const { launch } = await seedJiraKrs(h);
    await h.repos.progress.save(storedProgress(launch, 0.4, { stale: true, staleReason: 'Jira unavailable' }));
    await h.data(K.keyResultDetail, { keyResultId: launch }, ANN.accountId); // names cached
    h.sim.setRealism({ errorRate: 1 });
    const detail = await quietly(() =>
      h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: launch }, ANN.accountId),
    );
    expect(detail.keyResult).toMatchObject({ progress: 0.4, stale: true, staleReason: 'Jira unavailable' });
    expect(detail.contributors.map((c) => c.label)).toEqual([
      'Epic (Jira is not answering)',
      'Epic (Jira is not answering) (2)',
    ]);
  });

  test('an unknown KR is NOT_FOUND', async () => {
    const h = createHarness();
    expect(await h.call(K.keyResultDetail, { keyResultId: 'nope' }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('okr/projectPage', () => {
  test('the KRs the project’s work feeds, its in-progress epics feeding none, and the share that do', async () => {
    const h = createHarness();
    const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
    await h.data(
      K.createKeyResult,
      krInput(objectiveId, { title: 'Launch', source: jiraSource([epic(h, 'TEAM-1')]) }),
      ANN.accountId,
    );
    await h.data(K.createKeyResult, krInput(objectiveId, { title: 'Metric' }), ANN.accountId);
    const page = await h.data<ProjectPageView>(K.projectPage, { projectId: h.projectId('TEAM') }, BOB.accountId);
    expect(page.project).toEqual({ id: h.projectId('TEAM'), key: 'TEAM', name: 'Team Rocket' });
    expect(page.keyResults.map((kr) => kr.title)).toEqual(['Launch']);
    // In progress: TEAM-1 (linked) and TEAM-4 (not); TEAM-5 is done.
    expect(page.unlinkedEpics).toEqual([{ id: h.id('TEAM-4'), key: 'TEAM-4', summary: 'Scale' }]);
    expect(page.coverage).toBe(0.5);
  });

  test('KRs through a version of the project count too; a project the viewer cannot browse is NOT_FOUND', async () => {
    const h = createHarness();
    await seedJiraKrs(h);
    const core = await h.data<ProjectPageView>(K.projectPage, { projectId: h.projectId('CORE') }, ANN.accountId);
    expect(core.keyResults.map((kr) => kr.title)).toEqual(['Launch', 'Version']);
    expect(core.unlinkedEpics).toEqual([]);
    expect(core.coverage).toBe(1);
    const asBob = await h.call(K.projectPage, { projectId: h.projectId('CORE') }, BOB.accountId);
    expect(asBob).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(asBob)).not.toMatch(/CORE|Secret/);
    // TEAM is linked as a whole project: every epic in it feeds a KR.
    const team = await h.data<ProjectPageView>(K.projectPage, { projectId: h.projectId('TEAM') }, BOB.accountId);
    expect(team).toMatchObject({ unlinkedEpics: [], coverage: 1 });
    expect(team.keyResults.map((kr) => kr.title)).toEqual(['Launch', 'Project']);
  });
});

describe('okr/gadget', () => {
  test('a summary for one team, an objective with its subtree, and a combined burn-up in progress shares', async () => {
    const h = createHarness();
    const grow = (
      await h.data<Written>(K.createObjective, objectiveInput({ title: 'Grow', level: 'company' }), ANN.accountId)
    ).id;
    const team = (
      await h.data<Written>(
        K.createObjective,
        objectiveInput({ title: 'Team', team: 'Core', parent: { objectiveId: grow, contributionWeight: 1 } }),
        ANN.accountId,
      )
    ).id;
    const a = (await h.data<Written>(K.createKeyResult, krInput(grow, { title: 'A', weight: 1 }), ANN.accountId)).id;
    const b = (await h.data<Written>(K.createKeyResult, krInput(team, { title: 'B', weight: 3 }), ANN.accountId)).id;
    await h.repos.progress.save(storedProgress(a, 0.2));
    await h.repos.progress.save(storedProgress(b, 0.6));
    // A: 0 on Oct 1, 0.2 on Nov 16; B: 0.4 on Nov 1, 0.6 on Nov 16 (nothing before: counts as 0).
    await h.repos.snapshots.save({ keyResultId: a, date: '2026-10-01', progress: 0, scopeIssues: 0, doneIssues: 0 });
    await h.repos.snapshots.save({ keyResultId: a, date: '2026-11-16', progress: 0.2, scopeIssues: 0, doneIssues: 0 });
    await h.repos.snapshots.save({ keyResultId: b, date: '2026-11-01', progress: 0.4, scopeIssues: 0, doneIssues: 0 });
    await h.repos.snapshots.save({ keyResultId: b, date: '2026-11-16', progress: 0.6, scopeIssues: 0, doneIssues: 0 });

    const summary = await h.data<GadgetView>(K.gadget, { view: 'summary', team: 'Core' }, BOB.accountId);
    expect(summary.roots.map((r) => [r.title, r.progress])).toEqual([['Team', 0.6]]);
    expect(summary.totals).toMatchObject({ objectives: 1, keyResults: 1 });
    expect(summary.burnup).toBeUndefined();

    const subtree = await h.data<GadgetView>(K.gadget, { view: 'burnup', objectiveId: grow }, BOB.accountId);
    // Grow = (1 × 0.2 + 1 × 0.6) / 2 = 0.4 (Team contributes with weight 1).
    expect(subtree.roots.map((r) => [r.title, r.progress, r.children.map((c) => c.title)])).toEqual([
      ['Grow', 0.4, ['Team']],
    ]);
    expect(subtree.totals).toEqual({ objectives: 2, keyResults: 2, atRisk: 0, offTrack: 1, stale: 0 });
    // Done = (1 × A + 3 × B) / 4; expected = elapsed share (both committed): 0, 31/92, 45/92.
    expect(subtree.burnup).toEqual([
      { date: '2026-10-01', scope: 1, done: 0, expected: 0 },
      { date: '2026-11-01', scope: 1, done: 0.3, expected: expect.closeTo(31 / 92, 9) },
      { date: '2026-11-16', scope: 1, done: 0.5, expected: 0.5 },
    ]);
    expect(await h.call(K.gadget, { view: 'summary', objectiveId: 'nope' }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call(K.gadget, { view: 'pie' }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'view' }] },
    });
  });
});

describe('permission-faithful views', () => {
  test('no view tells Bob the key or summary of an issue in CORE, which he may not browse (counts may include them)', async () => {
    const h = createHarness();
    const { objectiveId, launch, version } = await seedJiraKrs(h);
    await h.repos.progress.save(
      storedProgress(launch, 0.5, {
        evidence: {
          sourceType: 'jira',
          measure: 'count',
          scope: { issues: 4, todo: 1, inProgress: 1, done: 2 },
          byTarget: [
            { target: epic(h, 'TEAM-1'), issues: 2, done: 1 },
            { target: epic(h, 'CORE-1'), issues: 2, done: 1 },
          ],
          emptyScope: false,
          flags: [],
        },
      }),
    );
    const answers = [
      await h.call(K.portfolio, {}, BOB.accountId),
      await h.call(K.gadget, { view: 'kr-list' }, BOB.accountId),
      await h.call(K.gadget, { view: 'burnup', objectiveId }, BOB.accountId),
      await h.call(K.keyResultDetail, { keyResultId: launch }, BOB.accountId),
      await h.call(K.keyResultDetail, { keyResultId: version }, BOB.accountId),
      await h.call(K.issuePanel, { issueId: h.id('TEAM-2') }, BOB.accountId),
      await h.call(K.issuePanel, { issueId: h.id('CORE-2') }, BOB.accountId),
      await h.call(K.issueContext, { issueId: h.id('CORE-3') }, BOB.accountId),
      await h.call(K.projectPage, { projectId: h.projectId('TEAM') }, BOB.accountId),
      await h.call(K.projectPage, { projectId: h.projectId('CORE') }, BOB.accountId),
      await h.call(K.previewTarget, { target: { kind: 'jql', jql: 'labels = okr' } }, BOB.accountId),
      await h.call(K.previewTarget, { target: { kind: 'version', versionId: h.versionId } }, BOB.accountId),
    ];
    for (const answer of answers)
      expect(JSON.stringify(answer)).not.toMatch(/CORE-\d|Secret|Core Secrets|"1\.0"|Fix version 1/);
    // The counts still include CORE's issues.
    const portfolio = answers[0] as { ok: true; data: PortfolioView };
    expect(portfolio.data.roots[0]?.keyResults[0]?.evidence.scope.issues).toBe(4);
    const detail = answers[4] as { ok: true; data: KeyResultDetailView };
    expect(detail.data.contributors.map((c) => c.label)).toEqual(['Restricted version']);
  });
});

describe('faults', () => {
  test('a live view while Jira is down answers JIRA_UNAVAILABLE (retryable)', async () => {
    const h = createHarness();
    h.sim.setRealism({ errorRate: 1 });
    const answer = await quietly(() => h.call(K.issuePanel, { issueId: h.id('TEAM-2') }, BOB.accountId));
    expect(answer).toEqual({
      ok: false,
      error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('Try again') },
    });
  });

  test('an unexpected failure is INTERNAL with a generic message: no stack, no stored data, no cause', async () => {
    const h = createHarness();
    const { id } = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
    await h.kvs.entity('objective').set(id, { schemaVersion: 1, data: { id, secret: 'hunter2' } });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await h.call(K.updateObjective, { objectiveId: id, version: 1, title: 'x' }, ANN.accountId);
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(answer)).not.toMatch(/hunter2|objective|at \w|Stored|\.ts/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
