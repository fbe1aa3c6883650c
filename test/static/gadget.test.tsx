/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RESOLVER_KEYS } from '../../src/contract';
import Gadget from '../../static/src/modules/okr-gadget';
import GadgetEdit from '../../static/src/modules/okr-gadget.edit';
import { notAvailable, ok, portfolio, q3, q4 } from './fixtures';
import { renderView } from './harness';

const gadgetView = () => {
  const { period, roots, totals } = portfolio();
  return { period, roots, totals, burnup: [{ date: '2026-10-01', scope: 4, done: 1, expected: 0.5 }] };
};

describe('dashboard gadget', () => {
  it('asks to be configured before it has a configuration', () => {
    renderView(<Gadget />, {}, { moduleKey: 'okr-gadget', extension: {} });
    expect(screen.getByText(/This gadget isn't set up yet/)).toBeTruthy();
  });

  it('summary view: period totals and each objective with its progress, for the saved configuration', async () => {
    const config = { view: 'summary', team: 'Growth' };
    const { callsTo } = renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [ok(gadgetView())] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: config } });
    expect(await screen.findByText(/2026-Q4: 2 objectives · 2 key results · 1 at risk · 0 off track/)).toBeTruthy();
    expect(screen.getAllByRole('progressbar').map((b) => b.getAttribute('aria-valuenow'))).toEqual(['45', '80']);
    expect(callsTo(RESOLVER_KEYS.gadget)[0]?.payload).toEqual({ view: 'summary', team: 'Growth' });
  });

  it('KR list view: a card per key result', async () => {
    renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [ok(gadgetView())] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: { view: 'kr-list' } } });
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('burn-up view: the data table of the burn-up', async () => {
    renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [ok(gadgetView())] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: { view: 'burnup' } } });
    expect(await screen.findByRole('table', { name: 'Burn-up of Customers onboard themselves' })).toBeTruthy();
  });

  it('says not available yet while okr/gadget is not built', async () => {
    renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [notAvailable] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: { view: 'summary' } } });
    expect(await screen.findByText('Not available yet.')).toBeTruthy();
  });
});

describe('dashboard gadget, edit view', () => {
  it('starts from the saved configuration and submits the new one with view.submit', async () => {
    const { submitted } = renderView(
      <GadgetEdit />,
      { [RESOLVER_KEYS.listPeriods]: [ok([q4, q3])] },
      { moduleKey: 'okr-gadget', extension: { entryPoint: 'edit', gadgetConfiguration: { view: 'kr-list', team: 'Growth' } } },
    );
    expect((screen.getByLabelText('Show') as HTMLSelectElement).value).toBe('kr-list');
    await screen.findByRole('option', { name: '2026-Q3' });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: q3.id } });
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'department' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toEqual({ view: 'kr-list', team: 'Growth', periodId: q3.id, level: 'department', objectiveId: undefined });
  });

  it('still works when the period list is not available yet, following the current period', async () => {
    renderView(<GadgetEdit />, {}, { moduleKey: 'okr-gadget', extension: { entryPoint: 'edit' } });
    expect(await screen.findByText(/The list of periods is not available yet/)).toBeTruthy();
    expect((screen.getByLabelText('Period') as HTMLSelectElement).value).toBe('');
  });
});

describe('dashboard gadget, highlights', () => {
  const highlight = {
    keyResultId: 'kr-9',
    title: 'Checkout at 4%',
    objectiveTitle: 'Payments just work',
    owners: [{ accountId: 'u-ana', displayName: 'Ana Lima' }],
    kind: 'committed' as const,
    what: 'done' as const,
    on: '2026-11-12',
  };

  it("summary view: the week's highlights under the objectives, with the day and the owners", async () => {
    const view = { ...gadgetView(), highlights: [highlight, { ...highlight, keyResultId: 'kr-8', title: 'Refunds in a day', what: 'recovered' as const, on: '2026-11-15' }] };
    renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [ok(view)] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: { view: 'summary' } } });
    const list = await screen.findByRole('list', { name: 'Highlights' });
    expect(Array.from(list.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '✓ Done on 2026-11-12: Checkout at 4% (Payments just work) Committed Owners: Ana Lima',
      '↗ Back on track on 2026-11-15: Refunds in a day (Payments just work) Committed Owners: Ana Lima',
    ]);
  });

  it('summary view: no highlights section when there is none', async () => {
    renderView(<Gadget />, { [RESOLVER_KEYS.gadget]: [ok({ ...gadgetView(), highlights: [] })] }, { moduleKey: 'okr-gadget', extension: { gadgetConfiguration: { view: 'summary' } } });
    await screen.findByText(/2026-Q4: 2 objectives/);
    expect(screen.queryByRole('region', { name: 'Highlights this week' })).toBeNull();
  });
});
