import type { CheckIn, KeyResult, Objective } from '../../../src/domain';
import { dueCheckIns } from '../../../src/usecases/check-ins/due-check-ins';
import { aMetricKeyResult, anObjective, CHAMPION, callerOf, checkInFixture, OUTSIDER, OWNER } from './fixture';

type Fixture = Awaited<ReturnType<typeof checkInFixture>>;

/**
 * Today is 2026-11-25 (the fixture's clock, UTC), in 2026-Q4 (Oct 1 – Dec 31); the site checks in every 14 days.
 * obj-1 (no team) holds the champion's kr-deploys and kr-docs, both created Oct 1.
 */
async function seeded(f: Fixture) {
  const objective = async (o: Partial<Objective>) =>
    expect((await f.repos.objectives.create(anObjective(o))).ok).toBe(true);
  const keyResult = async (k: Partial<KeyResult>) =>
    expect((await f.repos.keyResults.create(aMetricKeyResult(k))).ok).toBe(true);
  const checkIn = (keyResultId: string, at: string) =>
    f.repos.checkIns.save({
      id: `ci-${keyResultId}`,
      keyResultId,
      authorId: CHAMPION,
      at,
      confidence: 5,
      note: '',
    } as CheckIn);

  await objective({ id: 'obj-weekly', title: 'Weekly one', team: 'Platform', checkInCadenceDays: 7 });
  await objective({ id: 'obj-closed', title: 'Done with', team: 'Platform', state: 'closed' });
  await objective({ id: 'obj-other', title: 'Someone else', team: 'Platform', ownerIds: [OUTSIDER] });
  await keyResult({ id: 'kr-weekly', objectiveId: 'obj-weekly', title: 'Weekly KR' });
  await keyResult({
    id: 'kr-fresh',
    objectiveId: 'obj-weekly',
    title: 'Fresh KR',
    createdAt: '2026-11-24T09:00:00.000Z',
  });
  await keyResult({ id: 'kr-closed', objectiveId: 'obj-closed', title: 'Closed KR' });
  await keyResult({ id: 'kr-theirs', objectiveId: 'obj-other', title: 'Their KR', ownerIds: [OUTSIDER] });
  await keyResult({ id: 'kr-q3', objectiveId: 'obj-1', title: 'Last quarter', periodId: '2026-Q3' });

  await checkIn('kr-deploys', '2026-11-05T10:00:00.000Z'); // Nov 5 + 14 = Nov 19: 6 days overdue
  // kr-docs never checked in: Oct 1 + 14 = Oct 15: 16 days of October after the 15th + 25 = 41 days overdue
  await checkIn('kr-weekly', '2026-11-20T10:00:00.000Z'); // Nov 20 + 7 (its objective's cadence) = Nov 27: upcoming
  // kr-fresh, created Nov 24 and never checked in: Nov 24 + 7 = Dec 1, inside the week ahead (up to Dec 2): upcoming
  await checkIn('kr-closed', '2026-10-01T10:00:00.000Z'); // long overdue, but its objective is closed
  await checkIn('kr-theirs', '2026-11-24T10:00:00.000Z'); // Nov 24 + 14 = Dec 8: beyond the week ahead
}

const rows = (list: { keyResultId: string; dueOn: string; overdueDays: number }[]) =>
  list.map((row) => [row.keyResultId, row.dueOn, row.overdueDays]);

describe('dueCheckIns', () => {
  it('mine: the KRs I champion in active objectives, most overdue first, then the week ahead', async () => {
    const f = await checkInFixture();
    await seeded(f);
    const answer = await dueCheckIns(f.services, callerOf(CHAMPION), { scope: 'mine' });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.period).toMatchObject({ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(rows(answer.value.due)).toEqual([
      ['kr-docs', '2026-10-15', 41],
      ['kr-deploys', '2026-11-19', 6],
    ]);
    expect(rows(answer.value.upcoming)).toEqual([
      ['kr-weekly', '2026-11-27', 0],
      ['kr-fresh', '2026-12-01', 0],
    ]);
    expect(answer.value.due[1]).toEqual({
      keyResultId: 'kr-deploys',
      keyResultTitle: 'Deploys per week from 120 to 200',
      sourceType: 'metric',
      objectiveId: 'obj-1',
      objectiveTitle: 'Ship faster',
      owners: [{ accountId: CHAMPION, displayName: CHAMPION }],
      cadenceDays: 14,
      lastCheckInAt: '2026-11-05T10:00:00.000Z',
      dueOn: '2026-11-19',
      overdueDays: 6,
    });
    expect(answer.value.upcoming[0]).toMatchObject({ team: 'Platform', cadenceDays: 7 });
  });

  it('team: every KR of the team’s active objectives, whoever champions it; names come from the cache only', async () => {
    const f = await checkInFixture();
    await seeded(f);
    const answer = await dueCheckIns(f.services, callerOf(OWNER), { scope: 'team', team: ' Platform ' });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(rows(answer.value.due)).toEqual([]);
    expect(rows(answer.value.upcoming)).toEqual([
      ['kr-weekly', '2026-11-27', 0],
      ['kr-fresh', '2026-12-01', 0],
    ]);
    // kr-theirs is due Dec 8, past the week ahead: in neither list.
    const other = await dueCheckIns(f.services, callerOf(OWNER), { scope: 'mine' });
    expect(other).toMatchObject({ ok: true, value: { due: [], upcoming: [] } });
    f.clock.advance(12 * 86_400_000); // Dec 7: kr-theirs is now due tomorrow
    await f.repos.caches.displayNames.set(OUTSIDER, 'Olive Outsider', f.clock.now());
    const later = await dueCheckIns(f.services, callerOf(OUTSIDER), { scope: 'mine' });
    expect(later).toMatchObject({
      ok: true,
      value: {
        upcoming: [{ keyResultId: 'kr-theirs', owners: [{ accountId: OUTSIDER, displayName: 'Olive Outsider' }] }],
      },
    });
  });

  it('another period by id; a period that has ended expects nothing', async () => {
    const f = await checkInFixture();
    await seeded(f);
    const q3 = await dueCheckIns(f.services, callerOf(CHAMPION), { scope: 'mine', periodId: '2026-Q3' });
    expect(q3).toMatchObject({ ok: true, value: { period: { id: '2026-Q3' }, due: [], upcoming: [] } });
  });

  it.each([
    ['team scope without a team', { scope: 'team' }, 'team'],
    ['team scope with a blank team', { scope: 'team', team: '   ' }, 'team'],
    ['a period the site cannot date', { scope: 'mine', periodId: '1999-Q5' }, 'periodId'],
  ] as const)('%s: VALIDATION naming the field', async (_name, payload, path) => {
    const f = await checkInFixture();
    const answer = await dueCheckIns(f.services, callerOf(CHAMPION), payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path }] } });
  });
});
