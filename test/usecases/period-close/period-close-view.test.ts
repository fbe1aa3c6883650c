import { carryOverKeyResult } from '../../../src/usecases/period-close/carry-over-key-result';
import { periodCloseView } from '../../../src/usecases/period-close/period-close-view';
import { ADA, OLGA, OTTO, periodCloseFixture, type Fixture } from './fixture';

async function view(f: Fixture, accountId: string, periodId = '2026-Q4') {
  const answer = await periodCloseView(f.services, f.as(accountId), { periodId });
  if (!answer.ok) throw new Error(`periodClose failed: ${answer.error.message}`);
  return answer.value;
}

/**
 * Q4: "o" (Olga's, active) with
 *   c1 committed  progress 1.0                   → suggested 1.0, delivered
 *   c2 committed  progress 0.64, graded 0.8      → suggested 0.6, set 0.8, not delivered (committed needs 1.0)
 *   a1 aspirational progress 0.72                → suggested 0.7, reached (stretch norm 0.7)
 *   a2 aspirational progress 0.35, graded 0.4    → suggested 0.4 (0.35 rounds half up), not reached
 * and "gone" (abandoned) with one committed KR at 0.1, which counts in no report.
 */
async function seeded() {
  const f = periodCloseFixture();
  await f.objective('o', { title: 'Checkout that converts' });
  await f.objective('gone', { title: 'Dropped idea', state: 'abandoned', ownerIds: [OTTO] });
  await f.keyResult('c1', 'o');
  await f.keyResult('c2', 'o', {
    grade: { value: 0.8, reason: 'Shipped after the last refresh', by: OLGA, at: '2026-12-19T09:00:00.000Z' },
  });
  await f.keyResult('a1', 'o', { kind: 'aspirational' });
  await f.keyResult('a2', 'o', {
    kind: 'aspirational',
    grade: { value: 0.4, by: OLGA, at: '2026-12-19T09:00:00.000Z' },
  });
  await f.keyResult('g1', 'gone');
  for (const [id, p] of [
    ['c1', 1],
    ['c2', 0.64],
    ['a1', 0.72],
    ['a2', 0.35],
    ['g1', 0.1],
  ] as const) {
    await f.progress(id, p);
  }
  return f;
}

describe('the period-close worksheet', () => {
  test('KRs with progress, suggested and set grades; committed delivery and aspirational reach apart', async () => {
    const f = await seeded();
    await f.services.repos.caches.displayNames.set(OLGA, 'Olga Owner', f.clock.now());
    const worksheet = await view(f, OLGA);

    expect(worksheet.period).toMatchObject({ id: '2026-Q4', closed: false });
    expect(worksheet.nextPeriod).toMatchObject({ id: '2027-Q1', start: '2027-01-01', closed: false });
    const o = worksheet.objectives.find((row) => row.id === 'o');
    expect(o?.keyResults.map((kr) => [kr.id, kr.progress, kr.suggestedGrade, kr.grade])).toEqual([
      ['c1', 1, 1, undefined],
      ['c2', 0.64, 0.6, { value: 0.8, success: false, reason: 'Shipped after the last refresh' }],
      ['a1', 0.72, 0.7, undefined],
      ['a2', 0.35, 0.4, { value: 0.4, success: false }],
    ]);
    // Objective progress: (1 + 0.64 + 0.72 + 0.35) / 4 = 2.71 / 4 = 0.6775.
    expect(o?.progress).toBeCloseTo(0.6775, 10);
    // Suggested grade with set grades: (1 + 0.8 + 0.72 + 0.4) / 4 = 2.92 / 4 = 0.73 → 0.7.
    expect(o?.suggestedGrade).toBe(0.7);
    // Names from the cache the other views fill; an owner not in it shows as the account id. No Jira call.
    expect(o?.owners).toEqual([{ accountId: OLGA, displayName: 'Olga Owner' }]);
    expect(worksheet.objectives.find((row) => row.id === 'gone')?.owners).toEqual([
      { accountId: OTTO, displayName: OTTO },
    ]);
    expect(f.services.meter.snapshot().calls).toBe(0);
    // Committed: c1 delivered (1.0), c2 not (0.8) → 1 of 2. Aspirational: a1 0.7 reached, a2 0.4 not;
    // average (0.7 + 0.4) / 2 = 0.55. The abandoned objective's KR counts in neither.
    expect(worksheet.kinds).toEqual({
      committed: { count: 2, delivered: 1, rate: 0.5 },
      aspirational: { count: 2, reached: 1, averageGrade: 0.55 },
    });
  });

  test('owners and admins may edit; only an admin may close, and only once every objective is closed or abandoned', async () => {
    const f = await seeded();
    const asOlga = await view(f, OLGA);
    expect(asOlga.objectives.map((o) => [o.id, o.canEdit])).toEqual([
      ['o', true],
      ['gone', false],
    ]);
    expect(asOlga.canClosePeriod).toBe(false);
    const asAda = await view(f, ADA);
    expect(asAda.objectives.every((o) => o.canEdit)).toBe(true);
    expect(asAda.canClosePeriod).toBe(false); // "o" is still active

    const o = await f.services.repos.objectives.get('o');
    if (!o) throw new Error('no o');
    await f.services.repos.objectives.update({ ...o, state: 'closed', grade: 0.7 });
    expect((await view(f, ADA)).canClosePeriod).toBe(true);
    expect((await view(f, OLGA)).canClosePeriod).toBe(false);
  });

  test('a carried KR says where it went, and its copy where it came from', async () => {
    const f = await seeded();
    const carried = await carryOverKeyResult(f.services, f.as(OLGA), { keyResultId: 'a2' });
    if (!carried.ok) throw new Error(carried.error.message);

    const q4 = await view(f, OLGA);
    expect(q4.objectives[0]?.keyResults.find((kr) => kr.id === 'a2')?.carriedTo).toBe(carried.value.id);
    const q1 = await view(f, OLGA, '2027-Q1');
    expect(q1.objectives[0]?.keyResults).toEqual([
      expect.objectContaining({ id: carried.value.id, carriedFrom: 'a2', progress: 0, suggestedGrade: 0 }),
    ]);
  });

  test('an unknown period is VALIDATION on periodId', async () => {
    const f = periodCloseFixture();
    expect(await periodCloseView(f.services, f.as(OLGA), { periodId: '1999-Q1' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'periodId' }] },
    });
  });
});
