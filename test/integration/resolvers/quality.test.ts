import fc from 'fast-check';
import {
  RESOLVER_KEYS as K,
  type QualityFindingDto,
  type QualityReportView,
  type Written,
} from '../../../src/contract';
import { quietly } from './support/quietly';
import { ANN, BOB, createHarness, krInput, objectiveInput, storedProgress, type Harness } from './support/harness';

const epicSource = (h: Harness, key: string) => ({
  type: 'jira',
  measure: 'count',
  targets: [{ kind: 'epic', issueId: h.id(key) }],
  includeSubtasks: false,
});
const oneMilestone = { type: 'milestones', items: [{ id: 'm1', title: 'Guide out', done: false }] };

/** What a finding tells a person, without the (long, stable) suggestion text. */
const brief = (f: QualityFindingDto) => [f.ruleId, f.severity, f.subject.kind, f.subject.label];

async function createObjective(h: Harness, overrides: Record<string, unknown> = {}) {
  return (await h.data<Written>(K.createObjective, objectiveInput(overrides), ANN.accountId)).id;
}

describe('okr/checkQuality', () => {
  test('a vague KR draft gets the vague-wording warning with its fix; a measured one gets nothing; no Jira call', async () => {
    const h = createHarness();
    const objectiveId = await createObjective(h);
    h.sim.meter.reset();
    const vague = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      {
        keyResult: { objectiveId, title: 'Improve onboarding', ownerIds: [ANN.accountId], source: krInput('').source },
      },
      BOB.accountId,
    );
    expect(vague).toEqual([
      {
        ruleId: 'okr.kr-vague-wording',
        severity: 'warning',
        subject: { kind: 'key-result', id: '(draft)', label: 'Improve onboarding' },
        reason: '"improve" without a number does not say how much is enough.',
        suggestion: 'State the measure and the target, e.g. "from 8% to 12%".',
      },
    ]);
    const measured = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      {
        keyResult: {
          objectiveId,
          title: 'Activation from 20% to 40%',
          ownerIds: [ANN.accountId],
          source: krInput('').source,
        },
      },
      BOB.accountId,
    );
    expect(measured).toEqual([]);
    expect(h.sim.meter.calls).toBe(0);
  });

  test('a task-like KR with no source and no owner gets three warnings, in rule order', async () => {
    const h = createHarness();
    const objectiveId = await createObjective(h);
    const findings = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      { keyResult: { objectiveId, title: 'Write the migration guide' } },
      ANN.accountId,
    );
    expect(findings.map(brief)).toEqual([
      ['okr.kr-measurable', 'warning', 'key-result', 'Write the migration guide'],
      ['okr.missing-owner', 'warning', 'key-result', 'Write the migration guide'],
      ['okr.task-wording', 'warning', 'key-result', 'Write the migration guide'],
    ]);
  });

  test('a 4th KR tips its objective over the recommended 3 (a note naming the objective); editing the 3rd does not', async () => {
    const h = createHarness();
    const objectiveId = await createObjective(h, { title: 'Customers love onboarding' });
    const ids: string[] = [];
    for (const title of ['A from 1 to 2', 'B from 1 to 2', 'C from 1 to 2']) {
      ids.push((await h.data<Written>(K.createKeyResult, krInput(objectiveId, { title }), ANN.accountId)).id);
    }
    const fourth = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      { keyResult: { objectiveId, title: 'D from 1 to 2', ownerIds: [ANN.accountId], source: krInput('').source } },
      ANN.accountId,
    );
    // 3 stored + the draft = 4 > 3 recommended, ≤ 5 allowed: info, not warning.
    expect(fourth.map(brief)).toEqual([['okr.objective-kr-count', 'info', 'objective', 'Customers love onboarding']]);
    expect(fourth[0]?.reason).toBe('This objective has 4 key results; 3 is recommended, 5 at most.');
    // The 3rd edited in place is still 3 KRs; its stored source and owners fill what the form did not send.
    const edit = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      { keyResult: { id: ids[2], objectiveId, title: 'C from 1 to 3' } },
      ANN.accountId,
    );
    expect(edit).toEqual([]);
  });

  test('an objective draft: its team count, orphan note and task wording, labelled as a person reads them', async () => {
    const h = createHarness();
    const findings = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      {
        objective: {
          title: 'Deliver the roadmap document',
          periodId: '2026-Q4',
          level: 'team',
          team: 'Rocket',
          ownerIds: [ANN.accountId],
        },
      },
      ANN.accountId,
    );
    expect(findings.map(brief)).toEqual([
      ['okr.team-objective-count', 'info', 'team', 'Rocket in 2026-Q4'],
      ['okr.objective-orphan', 'info', 'objective', 'Deliver the roadmap document'],
      ['okr.task-wording', 'warning', 'objective', 'Deliver the roadmap document'],
    ]);
    expect(findings[0]?.reason).toBe('Rocket has only 1 objective in 2026-Q4; 3 to 5 is the usual range.');
  });

  test('an objective aligned to a parent of another quarter gets the period mismatch; a company outcome gets nothing', async () => {
    const h = createHarness();
    const parent = await createObjective(h, { title: 'Grow', level: 'company', periodId: '2027-Q1' });
    const child = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      {
        objective: {
          title: 'Activation at 40%',
          periodId: '2026-Q4',
          level: 'team',
          ownerIds: [ANN.accountId],
          parent: { objectiveId: parent, contributionWeight: 1 },
        },
      },
      ANN.accountId,
    );
    expect(child.map(brief)).toEqual([['okr.objective-period-mismatch', 'warning', 'objective', 'Activation at 40%']]);
    const company = await h.data<QualityFindingDto[]>(
      K.checkQuality,
      { objective: { title: 'Customers love us', periodId: '2026-Q4', level: 'company', ownerIds: [ANN.accountId] } },
      ANN.accountId,
    );
    expect(company).toEqual([]);
  });

  test('bad input is VALIDATION naming the field; an unknown objective is NOT_FOUND; nothing is written', async () => {
    const h = createHarness();
    const objectiveId = await createObjective(h);
    const before = JSON.stringify(await h.repos.keyResults.listByObjective(objectiveId));
    expect(await h.call(K.checkQuality, {}, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'objective' }] },
    });
    expect(await h.call(K.checkQuality, { keyResult: { objectiveId, title: '   ' } }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'keyResult.title' }] },
    });
    expect(
      await h.call(K.checkQuality, { keyResult: { objectiveId, title: 'x', colour: 'red' } }, ANN.accountId),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'keyResult.colour' }] } });
    expect(
      await h.call(K.checkQuality, { keyResult: { objectiveId: 'no-such-objective', title: 'x' } }, ANN.accountId),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(await h.repos.keyResults.listByObjective(objectiveId))).toBe(before);
  });
});

/**
 * Rocket's Q4: "Rockets reach orbit" (team, no parent) with
 *   Rocket epics done  committed,    epic TEAM-1, stored progress 1.0   → delivered
 *   Secrets  committed,    epic CORE-1, stored progress 0.5   → not delivered
 *   Improve onboarding  aspirational, one milestone, progress 0.7 → reached (0.7 ≥ 0.7)
 * and Apollo's "Other" (team Apollo, company-free, one metric KR).
 */
async function seedReport(h: Harness) {
  const shipIt = await createObjective(h, { title: 'Rockets reach orbit', team: 'Rocket' });
  const create = async (overrides: Record<string, unknown>) =>
    (await h.data<Written>(K.createKeyResult, krInput(shipIt, overrides), ANN.accountId)).id;
  const launch = await create({ title: 'Rocket epics done', source: epicSource(h, 'TEAM-1') });
  const secrets = await create({ title: 'Secrets', source: epicSource(h, 'CORE-1') });
  const vague = await create({ title: 'Improve onboarding', kind: 'aspirational', source: oneMilestone });
  await h.repos.progress.save(storedProgress(launch, 1));
  await h.repos.progress.save(storedProgress(secrets, 0.5));
  await h.repos.progress.save(storedProgress(vague, 0.7));
  const other = await createObjective(h, { title: 'Other', team: 'Apollo' });
  await h.data(K.createKeyResult, krInput(other, { title: 'Uptime from 99% to 99.9%' }), ANN.accountId);
  return { shipIt, launch, secrets, vague };
}

describe('okr/qualityReport', () => {
  test('one team: every finding of its period, alignment coverage per linked project, committed and aspirational apart', async () => {
    const h = createHarness();
    await seedReport(h);
    h.sim.meter.reset();
    const report = await h.data<QualityReportView>(K.qualityReport, { team: 'Rocket' }, ANN.accountId);
    expect(report.period.id).toBe('2026-Q4');
    expect(report.team).toBe('Rocket');
    // Team, project and objective findings come first, in that order; KR findings follow, ordered by KR id (random).
    expect(report.findings.slice(0, 3).map(brief)).toEqual([
      ['okr.team-objective-count', 'info', 'team', 'Rocket in 2026-Q4'],
      // TEAM: in-progress epics TEAM-1 (linked) and TEAM-4 (not): 1 of 2 aligned = 50 % < 80 %. CORE-1 is linked.
      ['okr.project-alignment-coverage', 'warning', 'project', 'TEAM'],
      ['okr.objective-orphan', 'info', 'objective', 'Rockets reach orbit'],
    ]);
    expect(report.findings).toHaveLength(3 + 4);
    expect(report.findings.find((f) => f.subject.kind === 'project')?.reason).toBe(
      'Project TEAM: 1 in-progress epic feeds no key result (50% aligned).',
    );
    expect(
      report.findings
        .filter((f) => f.subject.kind === 'key-result')
        .map(brief)
        .sort(),
    ).toEqual([
      ['okr.kr-measurable', 'warning', 'key-result', 'Improve onboarding'],
      ['okr.kr-output-only', 'info', 'key-result', 'Rocket epics done'],
      ['okr.kr-output-only', 'info', 'key-result', 'Secrets'],
      ['okr.kr-vague-wording', 'warning', 'key-result', 'Improve onboarding'],
    ]);
    // Nothing of Apollo's.
    expect(report.findings.some((f) => f.subject.label.includes('Apollo') || f.subject.label === 'Other')).toBe(false);
    // Committed: Launch 1.0 delivered, Secrets 0.5 not → 1 of 2 = 0.5. Aspirational: 0.7 reaches the 0.7 bar → 1 of 1.
    expect(report.kinds).toEqual({
      committed: { count: 2, delivered: 1, rate: 0.5 },
      aspirational: { count: 1, reached: 1, averageGrade: 0.7 },
    });
    expect(report.notes).toBeUndefined();
    // Jira calls, as the viewer: 1 bulkfetch (the two epics' projects) + per project (TEAM, CORE) 1 project search
    // and 1 epic search = 5; no version is linked, so no version read; + 1 user/bulk for the owners' display names
    // (cached for an hour) = 6.
    expect(h.sim.meter.byEndpoint['POST /rest/api/3/issue/bulkfetch']?.calls).toBe(1);
    expect(h.sim.meter.byEndpoint['GET /rest/api/3/project/search']?.calls).toBe(2);
    expect(h.sim.meter.byEndpoint['POST /rest/api/3/search/jql']?.calls).toBe(2);
    expect(h.sim.meter.calls).toBe(6);
  });

  test('a graded KR counts by its grade: an aspirational 0.6 misses the bar even at progress 0.7', async () => {
    const h = createHarness();
    const { vague } = await seedReport(h);
    const stored = await h.repos.keyResults.get(vague);
    if (!stored) throw new Error('seed');
    await h.repos.keyResults.update({
      ...stored,
      grade: { value: 0.6, by: ANN.accountId, at: '2026-11-16T09:00:00.000Z' },
    });
    const report = await h.data<QualityReportView>(K.qualityReport, { team: 'Rocket' }, ANN.accountId);
    expect(report.kinds.aspirational).toEqual({ count: 1, reached: 0, averageGrade: 0.6 });
  });

  test('the whole period: both teams; Bob, who cannot browse CORE, sees no CORE coverage', async () => {
    const h = createHarness();
    await seedReport(h);
    const all = await h.data<QualityReportView>(K.qualityReport, {}, ANN.accountId);
    expect(all.team).toBeUndefined();
    expect(all.findings.filter((f) => f.subject.kind === 'team').map((f) => f.subject.label)).toEqual([
      'Apollo in 2026-Q4',
      'Rocket in 2026-Q4',
    ]);
    // Committed: Launch (1.0), Secrets (0.5), Uptime (no stored progress → 0): 1 of 3 delivered.
    expect(all.kinds.committed).toEqual({ count: 3, delivered: 1, rate: 1 / 3 });
    const bob = await h.data<QualityReportView>(K.qualityReport, {}, BOB.accountId);
    expect(bob.findings.filter((f) => f.subject.kind === 'project').map((f) => f.subject.label)).toEqual(['TEAM']);
  });

  test('Jira down: the report still answers from storage, without alignment coverage, and says so', async () => {
    const h = createHarness();
    await seedReport(h);
    h.sim.setRealism({ errorRate: 1 });
    const report = await quietly(() => h.data<QualityReportView>(K.qualityReport, { team: 'Rocket' }, ANN.accountId));
    expect(report.findings.some((f) => f.ruleId === 'okr.project-alignment-coverage')).toBe(false);
    expect(report.findings.some((f) => f.ruleId === 'okr.kr-vague-wording')).toBe(true);
    expect(report.notes).toEqual([expect.stringContaining('Jira is not answering')]);
    expect(report.kinds.committed.count).toBe(2);
  });

  test('an unknown period is VALIDATION on periodId; an empty period reports nothing', async () => {
    const h = createHarness();
    expect(await h.call(K.qualityReport, { periodId: 'soon' }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] },
    });
    const empty = await h.data<QualityReportView>(K.qualityReport, { periodId: '2027-Q2' }, ANN.accountId);
    expect(empty.findings).toEqual([]);
    expect(empty.kinds).toEqual({
      committed: { count: 0, delivered: 0, rate: null },
      aspirational: { count: 0, reached: 0, averageGrade: null },
    });
  });
});

describe('hostile drafts', () => {
  test('any value in any draft field answers ok or a coded refusal (never INTERNAL) and writes nothing', async () => {
    const h = createHarness();
    const objectiveId = await createObjective(h, { team: 'Rocket' });
    const before = JSON.stringify(await h.repos.objectives.listByPeriod('2026-Q4'));
    const valid: Record<string, Record<string, unknown>> = {
      keyResult: { objectiveId, title: 'Improve onboarding', ownerIds: [ANN.accountId], source: krInput('').source },
      objective: {
        title: 'Churn at 2%',
        periodId: '2026-Q4',
        level: 'team',
        team: 'Rocket',
        ownerIds: [ANN.accountId],
      },
    };
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('__proto__', '<script>alert(1)</script>', '\u0000', 'x'.repeat(70_000), '2026-Q4', objectiveId),
    );
    const payload = fc.oneof(
      fc
        .tuple(fc.constantFrom('keyResult', 'objective'), fc.string({ maxLength: 12 }), hostile)
        .map(([draft, field, value]) => ({ [draft]: { ...valid[draft], [field]: value } })),
      fc
        .tuple(fc.constantFrom('periodId', 'team', 'x'), hostile)
        .map(([field, value]) => ({ report: { [field]: value } })),
    );
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        const [key, body] = 'report' in p ? [K.qualityReport, p.report] : [K.checkQuality, p];
        const answer = await h.call(key, body, ANN.accountId);
        codes.add(answer.ok ? 'ok' : answer.error.code);
        expect(answer.ok || answer.error.code !== 'INTERNAL').toBe(true);
      }),
      { numRuns: 80, seed: 7 },
    );
    expect(codes.has('ok') && codes.has('VALIDATION')).toBe(true);
    expect(JSON.stringify(await h.repos.objectives.listByPeriod('2026-Q4'))).toBe(before);
  });
});
