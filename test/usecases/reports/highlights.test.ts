import { highlightsOf } from '../../../src/usecases/reports/highlights';
import { gadget } from '../../../src/usecases/views/gadget';
import { portfolio } from '../../../src/usecases/views/portfolio';
import { loadPortfolioSlice } from '../../../src/usecases/views/portfolio-slice';
import { loadViewContext } from '../../../src/usecases/views/view-context';
import { ANN, entityQueries, reportFixture } from './fixture';

const ann = { accountId: ANN.accountId, displayName: ANN.displayName };

// From the fixture: kr-checkout reached 1.0 on 11-12; kr-refunds went from off-track on 11-14 (0.20 − 44/92 = −0.28)
// to on-track on 11-15 (0.45 − 45/92 = −0.04) and is on track today (0.45 − 0.50 = −0.05). kr-legacy reached 1.0 on
// 11-13, but its objective is abandoned. Newest first.
const REFUNDS = {
  keyResultId: 'kr-refunds',
  title: 'Refunds settled in a day',
  objectiveTitle: 'Payments just work',
  owners: [ann],
  kind: 'committed',
  what: 'recovered',
  on: '2026-11-15',
};
const CHECKOUT = {
  ...REFUNDS,
  keyResultId: 'kr-checkout',
  title: 'Checkout conversion at 4%',
  what: 'done',
  on: '2026-11-12',
};

describe('highlights in okr/portfolio and okr/gadget', () => {
  test("the portfolio lists the done and the recovered KR, not the abandoned objective's", async () => {
    const { services } = await reportFixture();
    const answer = await portfolio(services, {});
    expect(answer.ok && answer.value.highlights).toEqual([REFUNDS, CHECKOUT]);
  });

  test('filters apply: the Web team shows none, a kind filter keeps only that kind', async () => {
    const { services } = await reportFixture();
    const web = await portfolio(services, { team: 'Web' });
    expect(web.ok && web.value.highlights).toEqual([]);
    const aspirational = await portfolio(services, { kind: 'aspirational' });
    expect(aspirational.ok && aspirational.value.highlights).toEqual([]);
    const committed = await portfolio(services, { kind: 'committed' });
    expect(committed.ok && committed.value.highlights?.map((h) => h.keyResultId)).toEqual([
      'kr-refunds',
      'kr-checkout',
    ]);
  });

  test("a gadget's summary carries the highlights of its selection", async () => {
    const { services } = await reportFixture();
    const payments = await gadget(services, { view: 'summary', team: 'Payments' });
    expect(payments.ok && payments.value.highlights).toEqual([REFUNDS, CHECKOUT]);
    const web = await gadget(services, { view: 'summary', objectiveId: 'obj-web' });
    expect(web.ok && web.value.highlights).toEqual([]);
  });

  test('no Jira call for highlights, and one snapshot query per day of the window whatever the number of KRs', async () => {
    const { services, sim, emulator } = await reportFixture();
    const context = await loadViewContext(services);
    const period = context.periodOf('2026-Q4');
    if (!period) throw new Error('no period');
    const slice = await loadPortfolioSlice(services, period, context);
    const all = slice.keyResults.map((keyResult) => ({
      keyResult,
      summary: [...slice.summaries.values()].flat().find((s) => s.id === keyResult.id)!,
    }));
    sim.meter.reset();

    const before = entityQueries(emulator);
    await highlightsOf(services, all.slice(0, 1), context);
    const forOne = entityQueries(emulator) - before;
    await highlightsOf(services, all, context);
    const forSix = entityQueries(emulator) - before - forOne;
    // 7 days (11-09 … 11-15), one page each: today's value is the stored progress already read.
    expect([forOne, forSix]).toEqual([7, 7]);
    expect(sim.meter.calls).toBe(0);
    // Nothing shown, nothing read.
    const idle = entityQueries(emulator);
    expect(await highlightsOf(services, [], context)).toEqual([]);
    expect(entityQueries(emulator)).toBe(idle);
  });
});
