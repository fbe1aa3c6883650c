import { RESOLVER_KEYS as K, type DueCheckInsView, type Written } from '../../../src/contract';
import { ANN, BOB, createHarness, EVE, krInput, objectiveInput, type Harness } from './support/harness';

const DAY = 86_400_000;

/**
 * Today is 2026-11-16 in 2026-Q4 (from Oct 1); the site checks in every 14 days. Team Rocket's objective (Ann's) has
 * Bob's KR "Bob's KR" and Ann's "Ann's KR", created today; an objective of no team has Bob's "Loner".
 */
async function seeded(h: Harness) {
  const rocket = (await h.data<Written>(K.createObjective, objectiveInput({ team: 'Rocket' }), ANN.accountId)).id;
  const solo = (await h.data<Written>(K.createObjective, objectiveInput({ title: 'Solo' }), ANN.accountId)).id;
  const kr = async (objectiveId: string, title: string, owner: string) =>
    (await h.data<Written>(K.createKeyResult, krInput(objectiveId, { title, ownerIds: [owner] }), ANN.accountId)).id;
  return {
    bobs: await kr(rocket, "Bob's KR", BOB.accountId),
    anns: await kr(rocket, "Ann's KR", ANN.accountId),
    loner: await kr(solo, 'Loner', BOB.accountId),
  };
}

const titles = (list: DueCheckInsView['due']) => list.map((row) => [row.keyResultTitle, row.dueOn, row.overdueDays]);

describe('okr/dueCheckIns', () => {
  test('mine and team lists move with check-ins and time, from storage alone', async () => {
    const h = createHarness();
    const { bobs } = await seeded(h);
    // Created Nov 16, never checked in: due Nov 16 + 14 = Nov 30, two weeks out: in neither list yet.
    expect(await h.data<DueCheckInsView>(K.dueCheckIns, { scope: 'mine' }, BOB.accountId)).toMatchObject({
      period: { id: '2026-Q4' },
      due: [],
      upcoming: [],
    });

    h.clock.advance(10 * DAY); // Nov 26: Nov 30 is 4 days ahead
    await h.data(K.recordCheckIn, { keyResultId: bobs, confidence: 'high', note: 'fine' }, BOB.accountId);
    // Bob's KR checked in Nov 26: next due Dec 10. Loner still due Nov 30.
    const calls = h.sim.meter.calls;
    const mine = await h.data<DueCheckInsView>(K.dueCheckIns, { scope: 'mine' }, BOB.accountId);
    expect(titles(mine.due)).toEqual([]);
    expect(titles(mine.upcoming)).toEqual([['Loner', '2026-11-30', 0]]);

    h.clock.advance(7 * DAY); // Dec 3: Loner 3 days overdue (Nov 30 → Dec 3); Bob's KR due Dec 10, 7 days ahead
    const team = await h.data<DueCheckInsView>(K.dueCheckIns, { scope: 'team', team: 'Rocket' }, EVE.accountId);
    expect(titles(team.due)).toEqual([["Ann's KR", '2026-11-30', 3]]);
    expect(titles(team.upcoming)).toEqual([["Bob's KR", '2026-12-10', 0]]);
    expect(team.upcoming[0]?.lastCheckInAt).toMatch(/^2026-11-26T/);
    expect(h.sim.meter.calls).toBe(calls);
  });

  test('VALIDATION names team when the team scope has none, and the scope when it is unknown', async () => {
    const h = createHarness();
    expect(await h.call(K.dueCheckIns, { scope: 'team' }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'team' }] },
    });
    expect(await h.call(K.dueCheckIns, { scope: 'everyone' }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [expect.objectContaining({ path: 'scope' })] },
    });
  });
});
