/** The seeded demo organisation has the shape issue 6 asks for, the same on every run, readable by the app's store. */
import { rmSync } from 'node:fs';
import { addDays } from '../../../src/domain';
import { collectAll } from '../../../src/store';
import { DEMO_DAY, CURRENT_QUARTER, PREVIOUS_QUARTER, at } from '../../../sandbox/demo/calendar';
import { checkInTimes } from '../../../sandbox/demo/check-ins';
import { createDemoHistory } from '../../../sandbox/demo/history';
import { OKR_PLAN } from '../../../sandbox/demo/okr-plan';
import { planIssues } from '../../../sandbox/demo/generate-issues';
import { createJiraSimulator } from '../../../sandbox/jira-simulator';
import { seedJira } from '../../../sandbox/demo/seed-jira';
import { createSandboxRuntime, type SandboxRuntime } from '../../../sandbox/server/runtime';
import { tempDataDir } from './harness';

jest.setTimeout(60_000);

describe('the demo site in Jira', () => {
  const sim = createJiraSimulator({ clock: { now: () => at(DEMO_DAY) } });
  const demo = seedJira(sim);
  const issues = sim.issues();

  test('four projects in both styles, forty epics, about 1,200 issues with sub-tasks and story points', () => {
    expect([...demo.projects.keys()]).toEqual(['PLAT', 'MOB', 'GROW', 'PAY']);
    expect(new Set(['PLAT', 'MOB', 'GROW', 'PAY'].map((k) => sim.project(k)?.style))).toEqual(
      new Set(['team-managed', 'company-managed']),
    );
    expect(issues.filter((i) => i.type === 'Epic')).toHaveLength(40);
    expect(issues.length).toBeGreaterThanOrEqual(1100);
    expect(issues.length).toBeLessThanOrEqual(1300);
    expect(issues.filter((i) => i.hierarchyLevel === -1).length).toBeGreaterThan(100);
    for (const project of ['PLAT', 'MOB']) {
      expect(issues.filter((i) => i.projectKey === project && i.points !== null).length).toBeGreaterThan(100);
    }
  });

  test('history spreads over the quarter: work finished in every week so far', () => {
    const weeks = new Set(
      issues
        .filter((i) => i.resolutiondate && i.resolutiondate >= at(CURRENT_QUARTER.start, 0))
        .map((i) => Math.floor((+i.resolutiondate! - +at(CURRENT_QUARTER.start, 0)) / (7 * 86_400_000))),
    );
    expect(weeks.size).toBeGreaterThanOrEqual(7);
    expect(issues.some((i) => i.created > at(addDays(CURRENT_QUARTER.start, 14)) && i.parentKey !== null)).toBe(true);
  });

  test('is deterministic', () => {
    const again = createJiraSimulator({ clock: { now: () => at(DEMO_DAY) } });
    seedJira(again);
    expect(again.issues()).toEqual(issues);
    expect(planIssues(2).issues.map((i) => i.created)).not.toEqual(planIssues(1).issues.map((i) => i.created));
  });

  test('some key results are at risk or off track on the demo day, some on track', () => {
    const history = createDemoHistory(demo);
    const statuses = OKR_PLAN.filter((o) => o.period === 'current')
      .flatMap((o) => o.keyResults)
      .map((kr) => {
        const times = checkInTimes(kr, CURRENT_QUARTER);
        const now = at(DEMO_DAY, 9.5);
        const source = history.source(kr, now, times);
        const result = history.progress(
          kr,
          { source, ...(kr.baseline ? { baseline: { mode: 'period' } } : {}) },
          now,
          CURRENT_QUARTER,
        );
        return history.status(kr, result.progress, CURRENT_QUARTER, DEMO_DAY).status;
      });
    expect(statuses.filter((s) => s === 'at-risk' || s === 'off-track').length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 'on-track').length).toBeGreaterThanOrEqual(4);
  });
});

describe('the demo organisation in the app’s storage', () => {
  let runtime: SandboxRuntime;
  let dir: string;
  beforeAll(async () => {
    dir = tempDataDir();
    runtime = await createSandboxRuntime({ dataDir: dir, pumpIntervalMs: 0 });
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a company objective aligned to two departments and four teams, 12 objectives and 30-odd KRs this quarter', async () => {
    const { repos } = runtime;
    const objectives = await collectAll((r) => repos.objectives.listByPeriod(CURRENT_QUARTER.id, r));
    expect(objectives).toHaveLength(12);
    const company = objectives.filter((o) => o.level === 'company');
    expect(company).toHaveLength(1);
    const departments = objectives.filter((o) => o.parent?.objectiveId === company[0]?.id && o.level === 'department');
    expect(departments).toHaveLength(2);
    const teams = objectives.filter((o) => o.level === 'team');
    expect(new Set(teams.map((o) => o.team))).toEqual(new Set(['Platform', 'Mobile', 'Growth', 'Payments']));
    expect(teams.every((o) => departments.some((d) => d.id === o.parent?.objectiveId))).toBe(true);
    const keyResults = await collectAll((r) => repos.keyResults.listByPeriod(CURRENT_QUARTER.id, r));
    expect(keyResults.length).toBeGreaterThanOrEqual(30);
    expect(new Set(keyResults.map((kr) => kr.source.type))).toEqual(new Set(['jira', 'metric', 'milestones']));
    expect(keyResults.some((kr) => kr.baseline)).toBe(true);
  });

  test('the previous quarter is closed and graded', async () => {
    const objectives = await collectAll((r) => runtime.repos.objectives.listByPeriod(PREVIOUS_QUARTER.id, r));
    expect(objectives.length).toBeGreaterThanOrEqual(4);
    for (const objective of objectives) {
      expect(objective.state).toBe('closed');
      expect(objective.grade).toEqual(expect.any(Number));
    }
  });

  test('check-ins every other week, some of them stale; daily snapshots the store can read', async () => {
    const { repos, state } = runtime;
    const ids = Object.values(state.demo?.keyResults ?? {});
    const latest = await Promise.all(ids.map((id) => repos.checkIns.latest(id)));
    const staleBefore = addDays(DEMO_DAY, -14);
    const current = new Set(
      (await collectAll((r) => repos.keyResults.listByPeriod(CURRENT_QUARTER.id, r))).map((kr) => kr.id),
    );
    const staleOrMissing = ids.filter(
      (id, i) => current.has(id) && (!latest[i] || latest[i]!.at.slice(0, 10) < staleBefore),
    );
    expect(staleOrMissing.length).toBeGreaterThanOrEqual(3);
    expect(latest.filter(Boolean).length).toBeGreaterThan(ids.length / 2);
    const kr = state.demo?.keyResults['platform-cdn'] ?? '';
    const yesterday = await repos.snapshots.get(kr, addDays(DEMO_DAY, -1));
    expect(yesterday).toEqual(expect.objectContaining({ keyResultId: kr, scopeIssues: expect.any(Number) }));
    const history = await collectAll((r) => repos.snapshots.listByKeyResult(kr, r));
    expect(history.length).toBeGreaterThanOrEqual(45);
  });

  test('some epics feed no key result', async () => {
    const epics = runtime.sim.issues().filter((i) => i.type === 'Epic');
    const unlinked = [];
    for (const epic of epics) {
      const links = await runtime.repos.links.listByTarget({ kind: 'epic', issueId: epic.id });
      if (links.items.length === 0) unlinked.push(epic.key);
    }
    expect(unlinked.length).toBeGreaterThanOrEqual(8);
    expect(unlinked.length).toBeLessThan(20);
  });
});
