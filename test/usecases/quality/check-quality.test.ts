import type { CheckQualityPayload, QualityFindingDto } from '../../../src/contract';
import { checkQuality } from '../../../src/usecases/quality/check-quality';
import { OWNER, qualityFixture } from './fixture';

const metric = { type: 'metric', start: 0, target: 10, current: 0, direction: 'increase' } as const;
const brief = (findings: QualityFindingDto[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.subject.label}`);

async function findings(f: ReturnType<typeof qualityFixture>, payload: Parameters<typeof checkQuality>[1]) {
  const answer = await checkQuality(f.services, payload);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('checkQuality: a key result draft', () => {
  test('one milestone is binary (a warning); two milestones show progress (nothing)', async () => {
    const f = qualityFixture();
    await f.objectives({ id: 'obj-1', title: 'Runbooks everywhere' });
    const items = [
      { id: 'm1', title: 'Gateway', done: false },
      { id: 'm2', title: 'Billing', done: false },
    ];
    const one = { objectiveId: 'obj-1', title: 'Runbooks for 12 services', ownerIds: [OWNER] };
    expect(
      brief(await findings(f, { keyResult: { ...one, source: { type: 'milestones', items: items.slice(0, 1) } } })),
    ).toEqual(['okr.kr-measurable warning Runbooks for 12 services']);
    expect(await findings(f, { keyResult: { ...one, source: { type: 'milestones', items } } })).toEqual([]);
  });

  test('a Jira KR with nothing linked is unresourced and output-only; a metric sibling lifts the output note', async () => {
    const f = qualityFixture();
    await f.objectives({ id: 'obj-1' });
    const draft: CheckQualityPayload['keyResult'] = {
      objectiveId: 'obj-1',
      title: 'Epics of the signup flow at 100%',
      ownerIds: [OWNER],
      source: { type: 'jira', measure: 'count', targets: [], includeSubtasks: false },
    };
    expect(brief(await findings(f, { keyResult: draft }))).toEqual([
      'okr.kr-output-only info Epics of the signup flow at 100%',
      'okr.kr-unlinked-work warning Epics of the signup flow at 100%',
    ]);
    await f.keyResults({ id: 'kr-activation', objectiveId: 'obj-1', title: 'Activation from 20% to 40%' });
    expect(brief(await findings(f, { keyResult: draft }))).toEqual([
      'okr.kr-unlinked-work warning Epics of the signup flow at 100%',
    ]);
  });

  test('5 stored KRs + the draft = 6, more than 5: a warning on the objective; the 5th edited in place is no finding', async () => {
    const f = qualityFixture();
    await f.objectives({ id: 'obj-1', title: 'Ship faster' });
    await f.keyResults(
      ...[1, 2, 3, 4, 5].map((n) => ({ id: `kr-${n}`, objectiveId: 'obj-1', title: `Deploys from ${n} to ${n + 1}` })),
    );
    const sixth = await findings(f, {
      keyResult: { objectiveId: 'obj-1', title: 'Lead time from 5 to 2 days', ownerIds: [OWNER], source: metric },
    });
    expect(brief(sixth)).toEqual(['okr.objective-kr-count warning Ship faster']);
    expect(sixth[0]?.reason).toBe('This objective has 6 key results, more than 5.');
    // 5 KRs: above the 3 recommended, so the objective keeps its note, but nothing is "more than 5".
    const edit = await findings(f, { keyResult: { id: 'kr-5', objectiveId: 'obj-1', title: 'Deploys from 5 to 7' } });
    expect(brief(edit)).toEqual(['okr.objective-kr-count info Ship faster']);
  });

  test('an unknown objective or KR is NOT_FOUND', async () => {
    const f = qualityFixture();
    await f.objectives({ id: 'obj-1' });
    expect(await checkQuality(f.services, { keyResult: { objectiveId: 'obj-x', title: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await checkQuality(f.services, { keyResult: { id: 'kr-x', objectiveId: 'obj-1', title: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('checkQuality: an objective draft', () => {
  const draft: NonNullable<CheckQualityPayload['objective']> = {
    title: 'Churn halves to 2%',
    periodId: '2026-Q4',
    level: 'team',
    team: 'Growth',
    ownerIds: [OWNER],
  };
  const growth = (n: number, extra = {}) => ({ id: `obj-${n}`, title: `Outcome ${n}`, team: 'Growth', ...extra });

  test('5 stored + 1 new = 6 Growth objectives, more than 5: a warning on the team; editing one of the 5 is fine', async () => {
    const f = qualityFixture();
    await f.objectives(...[1, 2, 3, 4, 5].map((n) => growth(n, { level: 'company' })));
    const created = await findings(f, { objective: draft });
    expect(brief(created)).toEqual([
      'okr.team-objective-count warning Growth in 2026-Q4',
      'okr.objective-orphan info Churn halves to 2%',
    ]);
    expect(created[0]?.reason).toBe('Growth has 6 objectives in 2026-Q4; more than 5 dilutes focus.');
    expect(brief(await findings(f, { objective: { ...draft, id: 'obj-5', level: 'company' } }))).toEqual([]);
  });

  test('abandoned objectives do not count toward the team; no owner is a warning', async () => {
    const f = qualityFixture();
    await f.objectives(
      growth(1, { level: 'company' }),
      growth(2, { level: 'company' }),
      growth(3, { state: 'abandoned' }),
    );
    // Growth: 2 open + the draft = 3, within 3–5.
    expect(brief(await findings(f, { objective: { ...draft, level: 'company', ownerIds: [] } }))).toEqual([
      'okr.missing-owner warning Churn halves to 2%',
    ]);
  });

  test('a quarter under its year is aligned; under another quarter it is a period mismatch', async () => {
    const f = qualityFixture();
    await f.objectives(
      { id: 'year', title: 'Grow', level: 'company', periodId: '2026' },
      { id: 'q1', title: 'Grow next', level: 'company', periodId: '2027-Q1' },
    );
    const { team: _team, ...teamless } = draft;
    const under = (parent: string) => ({ ...teamless, parent: { objectiveId: parent, contributionWeight: 1 } });
    expect(await findings(f, { objective: under('year') })).toEqual([]);
    expect(brief(await findings(f, { objective: under('q1') }))).toEqual([
      'okr.objective-period-mismatch warning Churn halves to 2%',
    ]);
  });
});
