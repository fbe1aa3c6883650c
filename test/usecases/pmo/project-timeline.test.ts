/**
 * okr/projectTimeline through the real resolver (authorise → zod → use case) on the simulator: which KRs a project
 * served, period by period, through the project itself, its epics or its versions.
 */
import {
  aJiraKeyResult,
  anObjective,
  createHarness,
  epic,
  OWNER,
  project,
  START,
  storeOkrs,
  version,
} from '../../integration/events/support/harness';
import { createInvoker } from '../../../sandbox/forge';
import { RESOLVER_KEYS, type ProjectTimelineView, type ResolverResult } from '../../../src/contract';
import type { KrProgress } from '../../../src/domain';

const OUTSIDER = 'acc-outsider';

const progressOf = (keyResultId: string, value: number): KrProgress => ({
  keyResultId,
  progress: value,
  evidence: {
    sourceType: 'jira',
    measure: 'count',
    scope: { issues: 10, todo: 10 - value * 10, inProgress: 0, done: value * 10 },
    emptyScope: false,
    flags: [],
  },
  asOf: START,
  stale: false,
});

async function setUp() {
  const h = createHarness();
  h.sim.addUser({ accountId: OWNER, displayName: 'Owner', email: 'owner@example.com', apiToken: 't' });
  const core = h.sim.addProject({ key: 'CORE', name: 'Core platform', style: 'company-managed' });
  const other = h.sim.addProject({ key: 'OTHER', name: 'Other', style: 'company-managed' });
  h.sim.addUser({
    accountId: OUTSIDER,
    displayName: 'Outsider',
    email: 'out@example.com',
    apiToken: 't',
    browseProjectIds: [other.id],
  });
  const silent = { silent: true };
  const longEpic = h.sim.addIssue({ project: 'CORE', type: 'Epic', summary: 'Long migration' }, silent);
  const otherEpic = h.sim.addIssue({ project: 'OTHER', type: 'Epic', summary: 'Elsewhere' }, silent);
  const release = h.sim.addVersion('CORE', { name: '3.0' });

  const grade = { value: 0.7, by: OWNER, at: '2026-10-01T09:00:00.000Z' };
  const q3 = aJiraKeyResult('kr-q3', 'obj-q3', 'count', [epic(longEpic.id)], {
    periodId: '2026-Q3',
    title: 'Migration half done',
    baseline: { mode: 'period' },
    grade,
  });
  const q4 = aJiraKeyResult('kr-q4', 'obj-q4', 'count', [epic(longEpic.id)], {
    title: 'Migration done',
    baseline: { mode: 'period' },
    carriedFrom: 'kr-q3',
  });
  const wholeProject = aJiraKeyResult('kr-core', 'obj-q4', 'count', [project(core.id)], { title: 'Core stable' });
  const onRelease = aJiraKeyResult('kr-release', 'obj-q4', 'count', [version(release.id), epic(longEpic.id)], {
    title: 'Ship 3.0',
  });
  const elsewhere = aJiraKeyResult('kr-else', 'obj-q4', 'count', [epic(otherEpic.id)], { title: 'Elsewhere' });
  await storeOkrs(
    h.services,
    [
      anObjective('obj-q3', { periodId: '2026-Q3', title: 'Modern platform (Q3)' }),
      anObjective('obj-q4', { title: 'Modern platform' }),
    ],
    [q3, q4, wholeProject, onRelease, elsewhere],
  );
  await h.services.repos.progress.save(progressOf('kr-q3', 0.7));
  await h.services.repos.progress.save(progressOf('kr-q4', 0.2));
  await h.services.repos.progress.save(progressOf('kr-core', 0.5));
  return { h, core, longEpic };
}

async function timeline(h: ReturnType<typeof createHarness>, accountId: string, projectId: string) {
  const answer = await createInvoker().resolver(h.app.resolver, {
    functionKey: RESOLVER_KEYS.projectTimeline,
    payload: { projectId },
    accountId,
    moduleKey: 'okr-project-page',
    extension: { type: 'jira:projectPage', project: { id: projectId, key: '', type: 'software' } },
  });
  return answer as ResolverResult<ProjectTimelineView> | undefined;
}

describe('okr/projectTimeline', () => {
  test('the KRs a project served, quarter by quarter, with how it fed each, baseline, carry-over and grade', async () => {
    const { h, core, longEpic } = await setUp();
    const answer = await timeline(h, OWNER, core.id);
    if (!answer?.ok) throw new Error(JSON.stringify(answer));
    const view = answer.data;
    expect(view.project).toEqual({ id: core.id, key: 'CORE', name: 'Core platform' });
    expect(view.periods.map((p) => p.period.id)).toEqual(['2026-Q3', '2026-Q4']);

    const [q3, q4] = view.periods;
    expect(q3?.period).toMatchObject({ start: '2026-07-01', end: '2026-09-30', closed: false });
    // Q3 is over on 5 October: expected 1, pace 0.7 − 1 = −0.3 < −0.25 → off-track; graded 0.7 (committed: < 1.0).
    expect(q3?.keyResults).toEqual([
      {
        id: 'kr-q3',
        title: 'Migration half done',
        objectiveTitle: 'Modern platform (Q3)',
        progress: 0.7,
        status: 'off-track',
        kind: 'committed',
        grade: { value: 0.7, success: false },
        via: [{ kind: 'epic', label: longEpic.key }],
        baseline: true,
      },
    ]);
    // Q4, by title within the objective: Core stable (the project), Migration done (the epic), Ship 3.0 (both).
    expect(
      q4?.keyResults.map((kr) => ({
        id: kr.id,
        progress: kr.progress,
        via: kr.via,
        baseline: kr.baseline,
        carriedFrom: kr.carriedFrom,
      })),
    ).toEqual([
      { id: 'kr-core', progress: 0.5, via: [{ kind: 'project', label: 'Project CORE' }], baseline: false },
      {
        id: 'kr-q4',
        progress: 0.2,
        via: [{ kind: 'epic', label: longEpic.key }],
        baseline: true,
        carriedFrom: 'kr-q3',
      },
      {
        id: 'kr-release',
        // Never refreshed yet: 0.
        progress: 0,
        via: [
          { kind: 'epic', label: longEpic.key },
          { kind: 'version', label: 'Version 3.0' },
        ],
        baseline: false,
      },
    ]);
  });

  test('a viewer who may not browse the project is FORBIDDEN; a malformed id is a VALIDATION naming the field', async () => {
    const { h, core } = await setUp();
    const forbidden = await timeline(h, OUTSIDER, core.id);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const invalid = await timeline(h, OWNER, 'CORE');
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'projectId' }] } });
  });

  test('a project no KR ever served has an empty timeline', async () => {
    const { h } = await setUp();
    const quiet = h.sim.addProject({ key: 'QUIET', name: 'Quiet', style: 'team-managed' });
    const answer = await timeline(h, OWNER, quiet.id);
    expect(answer).toEqual({ ok: true, data: { project: { id: quiet.id, key: 'QUIET', name: 'Quiet' }, periods: [] } });
  });
});
