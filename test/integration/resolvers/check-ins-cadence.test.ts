import { RESOLVER_KEYS as K, type KeyResultDetailView, type PortfolioView, type Written } from '../../../src/contract';
import { ANN, createHarness, krInput, objectiveInput, type Harness } from './support/harness';

const DAY = 86_400_000;

async function objectiveWith(h: Harness, cadence: unknown) {
  const objectiveId = (
    await h.data<Written>(K.createObjective, objectiveInput({ checkInCadenceDays: cadence }), ANN.accountId)
  ).id;
  const keyResultId = (await h.data<Written>(K.createKeyResult, krInput(objectiveId), ANN.accountId)).id;
  return { objectiveId, keyResultId };
}

describe('an objective’s check-in cadence', () => {
  test('7 days: stale from the 8th day after a check-in, though the site’s cadence is 14', async () => {
    const h = createHarness();
    const { objectiveId, keyResultId } = await objectiveWith(h, 7);
    expect(await h.repos.objectives.get(objectiveId)).toMatchObject({ checkInCadenceDays: 7 });
    await h.data(K.recordCheckIn, { keyResultId, confidence: 'high', note: '' }, ANN.accountId); // Nov 16
    const summary = async () =>
      (await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId }, ANN.accountId)).keyResult;
    h.clock.advance(7 * DAY - 10_000); // Nov 23: Nov 16 + 7, still due
    expect(await summary()).toMatchObject({ stale: false });
    h.clock.advance(DAY); // Nov 24
    const overdue = {
      stale: true,
      staleReason: 'Check-in overdue: the last one was on 2026-11-16, and check-ins are due every 7 days.',
    };
    expect(await summary()).toMatchObject(overdue);
    // The portfolio passes the objectives it read, and shows the same.
    const portfolio = await h.data<PortfolioView>(K.portfolio, {}, ANN.accountId);
    const node = portfolio.roots.find((o) => o.id === objectiveId);
    expect(node?.checkInCadenceDays).toBe(7);
    expect(node?.keyResults.find((kr) => kr.id === keyResultId)).toMatchObject(overdue);
  });

  test('an update sets it, null returns to the site’s, absent keeps it', async () => {
    const h = createHarness();
    const { objectiveId } = await objectiveWith(h, null);
    const cadence = async () => (await h.repos.objectives.get(objectiveId))?.checkInCadenceDays;
    expect(await cadence()).toBeUndefined();
    const update = (version: number, changes: Record<string, unknown>) =>
      h.data<Written>(K.updateObjective, { objectiveId, version, ...changes }, ANN.accountId);
    await update(1, { checkInCadenceDays: 30 });
    expect(await cadence()).toBe(30);
    await update(2, { title: 'Renamed' });
    expect(await cadence()).toBe(30);
    await update(3, { checkInCadenceDays: null });
    expect(await cadence()).toBeUndefined();
  });

  test.each([
    ['0', 0],
    ['91', 91],
    ['7.5', 7.5],
    ['"7"', '7'],
  ])('%s days is VALIDATION on checkInCadenceDays, on create and update, and nothing is stored', async (_n, value) => {
    const h = createHarness();
    const created = await h.call(K.createObjective, objectiveInput({ checkInCadenceDays: value }), ANN.accountId);
    expect(created).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [expect.objectContaining({ path: 'checkInCadenceDays' })] },
    });
    const { objectiveId } = await objectiveWith(h, 14);
    const before = JSON.stringify(await h.repos.objectives.get(objectiveId));
    const updated = await h.call(
      K.updateObjective,
      { objectiveId, version: 1, checkInCadenceDays: value },
      ANN.accountId,
    );
    expect(updated).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [expect.objectContaining({ path: 'checkInCadenceDays' })] },
    });
    expect(JSON.stringify(await h.repos.objectives.get(objectiveId))).toBe(before);
  });
});
