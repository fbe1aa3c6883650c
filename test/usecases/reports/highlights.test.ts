import { highlightsOf } from '../../../src/usecases/reports/highlights';
import { gadget } from '../../../src/usecases/views/gadget';
import { portfolio } from '../../../src/usecases/views/portfolio';
import { loadPortfolioSlice } from '../../../src/usecases/views/portfolio-slice';
import { loadViewContext } from '../../../src/usecases/views/view-context';
import { ANN, KEY_RESULTS, entityQueries, reportFixture } from './fixture';

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
    // The KR list and the burn-up do not show them, so they are not computed.
    const list = await gadget(services, { view: 'kr-list', team: 'Payments' });
    expect(list.ok && 'highlights' in list.value).toBe(false);
  });

  test('no Jira call; snapshot queries: one per KR for a few KRs, one per day of the window for more', async () => {
    const { services, sim, emulator } = await reportFixture();
    // Three more KRs under Payments, with no history: 9 KRs in all.
    for (const id of ['kr-x1', 'kr-x2', 'kr-x3']) {
      const extra = { ...KEY_RESULTS[1]!, id, title: `Extra ${id}` };
      expect((await services.repos.keyResults.create(extra)).ok).toBe(true);
    }
    const context = await loadViewContext(services);
    const period = context.periodOf('2026-Q4');
    if (!period) throw new Error('no period');
    const slice = await loadPortfolioSlice(services, period, context);
    const summaries = [...slice.summaries.values()].flat();
    const all = slice.keyResults.map((keyResult) => ({
      keyResult,
      summary: summaries.find((s) => s.id === keyResult.id)!,
    }));
    const open = all.filter((e) => e.keyResult.id !== 'kr-legacy');
    sim.meter.reset();

    const queriesFor = async (shown: typeof all) => {
      const before = entityQueries(emulator);
      const highlights = await highlightsOf(services, shown, context);
      return { queries: entityQueries(emulator) - before, highlights: highlights.map((h) => h.keyResultId) };
    };
    // 1 and 6 KRs: one query each (11-09 … 11-15). 8 open KRs: one query per day, 7 days, one page each.
    expect(await queriesFor(open.slice(0, 1))).toEqual({ queries: 1, highlights: ['kr-checkout'] });
    const six = open.filter((e) => !e.keyResult.id.startsWith('kr-x')).concat(open.slice(-1));
    expect(await queriesFor(six)).toEqual({ queries: 6, highlights: ['kr-refunds', 'kr-checkout'] });
    expect(await queriesFor(open)).toEqual({ queries: 7, highlights: ['kr-refunds', 'kr-checkout'] });
    expect(sim.meter.calls).toBe(0);
    // Nothing shown, nothing read.
    expect(await queriesFor([])).toEqual({ queries: 0, highlights: [] });
  });
});
