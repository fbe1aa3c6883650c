/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parse } from 'papaparse';
import { RESOLVER_KEYS } from '../../src/contract';
import Portfolio from '../../static/src/modules/okr-portfolio';
import { csvFileName, portfolioCsv } from '../../static/src/features/portfolio/csv';
import { krDetail, notAvailable, ok, portfolio } from './fixtures';
import { renderView } from './harness';

describe('portfolio page', () => {
  it('shows the alignment tree company → team with rolled-up progress, and the period totals', async () => {
    renderView(<Portfolio />, { [RESOLVER_KEYS.portfolio]: [ok(portfolio())] });
    const tree = await screen.findByRole('list', { name: 'Objectives by alignment' });
    expect(within(tree).getByRole('progressbar', { name: 'Progress of objective Customers onboard themselves' }).getAttribute('aria-valuenow')).toBe('45');
    const aligned = within(tree).getByRole('list', { name: 'Objectives aligned to Customers onboard themselves' });
    expect(aligned.textContent).toContain('Signup flow without sales');
    expect(aligned.textContent).toContain('Growth');
    expect(aligned.textContent).toContain('weight 1 in parent');
    expect(screen.getByText(/2026-Q4: 2 objectives · 2 key results · 1 at risk · 0 off track · 0 stale/)).toBeTruthy();
  });

  it('sends the chosen period and filters to okr/portfolio', async () => {
    const { callsTo } = renderView(<Portfolio />, { [RESOLVER_KEYS.portfolio]: [ok(portfolio())] });
    fireEvent.change(await screen.findByLabelText('Status'), { target: { value: 'at-risk' } });
    fireEvent.change(await screen.findByLabelText('Period'), { target: { value: 'p-2026-q3' } });
    fireEvent.change(await screen.findByLabelText('Owner'), { target: { value: 'u-bo' } });
    fireEvent.change(await screen.findByLabelText('Commitment'), { target: { value: 'aspirational' } });
    fireEvent.change(await screen.findByLabelText('Level'), { target: { value: 'team' } });
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.portfolio)).toHaveLength(6));
    expect(callsTo(RESOLVER_KEYS.portfolio).at(-1)?.payload).toEqual({ status: 'at-risk', periodId: 'p-2026-q3', ownerId: 'u-bo', kind: 'aspirational', level: 'team' });
  });

  it('opens a KR: burn-up data, contributing work, check-ins and how the number was computed', async () => {
    const { callsTo } = renderView(<Portfolio />, {
      [RESOLVER_KEYS.portfolio]: [ok(portfolio())],
      [RESOLVER_KEYS.keyResultDetail]: [ok(krDetail())],
    });
    fireEvent.click(await screen.findByRole('button', { name: /^Self-serve signup/ }));
    const detail = await screen.findByRole('region', { name: 'Key result detail' });
    await within(detail).findByRole('table', { name: 'Contributing work' });
    expect(callsTo(RESOLVER_KEYS.keyResultDetail)[0]?.payload).toEqual({ keyResultId: 'kr-1' });
    const burnup = within(detail).getByRole('table', { name: 'Burn-up of Self-serve signup for 80% of new accounts' });
    const cells = within(burnup).getAllByRole('row').map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(cells).toEqual([
      ['Date', 'Scope', 'Done', 'Expected'],
      ['2026-10-01', '10', '0', '0'],
      ['2026-11-01', '20', '9', '6.7'],
    ]);
    expect(within(detail).getByRole('table', { name: 'Contributing work' }).textContent).toContain('ONB-1 Signup wizard9 / 2045%');
    expect(within(detail).getByRole('table', { name: 'Check-in history' }).textContent).toContain('Wizard in review');
    const how = within(detail).getByRole('region', { name: 'How this number was computed' });
    expect(how.textContent).toContain('Done issues ÷ issues in scope = 9 ÷ 20 = 45% (6 to do, 5 in progress)');
    expect(how.textContent).toContain('Expected by now: 60%');
  });

  it('creates an objective from the page and reloads the portfolio after saving', async () => {
    const { callsTo } = renderView(<Portfolio />, {
      [RESOLVER_KEYS.portfolio]: [ok(portfolio())],
      [RESOLVER_KEYS.createObjective]: [ok({ id: 'o-9' })],
    }, { accountId: 'u-bo' });
    fireEvent.click(await screen.findByRole('button', { name: 'New objective' }));
    const form = screen.getByRole('form', { name: 'New objective' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Churn halves' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.portfolio)).toHaveLength(2));
    expect(callsTo(RESOLVER_KEYS.createObjective)[0]?.payload).toMatchObject({ title: 'Churn halves', periodId: 'p-2026-q4', ownerIds: ['u-bo'] });
    await screen.findByRole('list', { name: 'Objectives by alignment' });
    expect(screen.queryByRole('form', { name: 'New objective' })).toBeNull();
  });

  it('exports the current view as a CSV file named after the period', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:okr';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('okr-portfolio-2026-Q4.csv');
    });
    const view = portfolio();
    renderView(<Portfolio />, { [RESOLVER_KEYS.portfolio]: [ok(view)] });
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0] as Blob);
    });
    expect(text).toBe(portfolioCsv(view));
    expect(text.split('\r\n')).toHaveLength(3);
    click.mockRestore();
  });

  it('says not available yet while okr/portfolio is not built', async () => {
    renderView(<Portfolio />, { [RESOLVER_KEYS.portfolio]: [notAvailable] });
    expect(await screen.findByText('Not available yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });
});

describe('portfolio CSV export', () => {
  it('has one row per KR of the current view, with the numbers shown and formulas neutralised', () => {
    const rows = parse<string[]>(portfolioCsv(portfolio())).data;
    expect(rows[0]).toEqual([
      'Period', 'Objective', 'Aligned to', 'Level', 'Team', 'Objective progress %', 'Objective status',
      'Key result', 'Kind', 'Weight', 'Owners', 'Progress %', 'Expected %', 'Status', 'Source', 'Updated', 'Stale',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 14)).toEqual([
      '2026-Q4', 'Customers onboard themselves', '', 'Company', '', '45', 'At risk',
      'Self-serve signup for 80% of new accounts', 'committed', '1', 'Ana Lima', '45', '60', 'At risk',
    ]);
    expect(rows[2]?.slice(0, 8)).toEqual(['2026-Q4', 'Signup flow without sales', 'Customers onboard themselves', 'Team', 'Growth', '80', 'On track', "'=Ship the wizard"]);
    expect(csvFileName(portfolio())).toBe('okr-portfolio-2026-Q4.csv');
  });

  it('keeps an objective without key results as a row', () => {
    const view = portfolio({ roots: [{ ...portfolio().roots[0]!, keyResults: [], children: [] }] });
    const rows = parse<string[]>(portfolioCsv(view)).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe('Customers onboard themselves');
    expect(rows[1]?.[7]).toBe('');
  });
});
