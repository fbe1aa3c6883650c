/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type CheckInDto, type ResolverResult } from '../../src/contract';
import { CheckInHistory } from '../../static/src/features/check-ins/CheckInHistory';
import { ana, bo, kr, krDetail, ok, q4 } from './fixtures';
import { renderView } from './harness';

const edited: CheckInDto = {
  id: 'ci-2',
  at: '2026-11-20T09:00:00Z',
  author: bo,
  confidence: 7,
  value: 160,
  note: 'Canary everywhere',
  blockers: 'Staging is flaky',
  editedAt: '2026-11-21T10:00:00Z',
  revisions: [
    {
      at: '2026-11-21T10:00:00Z',
      editor: bo,
      confidence: 'low',
      value: 151,
      note: 'Canary on',
      blockers: 'No staging',
    },
  ],
};
const anas: CheckInDto = { id: 'ci-1', at: '2026-11-10T09:00:00Z', author: ana, confidence: 'medium', note: 'Started' };

const metricDetail = () =>
  krDetail({
    keyResult: {
      ...kr({ sourceType: 'metric' }),
      periodId: q4.id,
      source: { type: 'metric', start: 120, target: 200, current: 160, direction: 'increase' },
    },
    checkIns: [edited, anas],
  });

const rowOf = (text: string) =>
  screen.getAllByRole('row').find((row) => row.textContent?.includes(text)) as HTMLElement;

describe('check-in history', () => {
  it('shows blockers, marks an edited check-in and keeps its earlier version one click away', () => {
    renderView(<CheckInHistory detail={metricDetail()} onChanged={() => undefined} />, {}, { accountId: 'u-ana' });
    const table = screen.getByRole('table', { name: 'Check-in history' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['When', 'Who', 'Confidence', 'Value', 'Note', 'Blockers', 'Changes']);
    const row = rowOf('Canary everywhere');
    const cells = Array.from(row.children, (cell) => cell.textContent);
    expect(cells.slice(0, 6)).toEqual([
      '2026-11-20',
      'Bo Chen',
      '7 / 10',
      '160',
      'Canary everywhere',
      'Staging is flaky',
    ]);
    expect(cells[6]).toContain('Edited 2026-11-21: 1 earlier version');
    expect(rowOf('Started').textContent).toContain('None');
    expect(rowOf('Started').textContent).not.toContain('Edited');

    const versions = within(row).getByRole('list', { name: 'Earlier versions of the check-in of 2026-11-20' });
    expect(versions.closest('details')?.open).toBe(false);
    fireEvent.click(within(row).getByText(/^Edited/));
    expect(versions.closest('details')?.open).toBe(true);
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Replaced on 2026-11-21 by Bo Chen. Confidence Low, value 151.Canary onBlockers: No staging']);
  });

  it('offers Edit on the viewer’s own check-ins only', () => {
    renderView(<CheckInHistory detail={metricDetail()} onChanged={() => undefined} />, {}, { accountId: 'u-ana' });
    expect(within(rowOf('Started')).getByRole('button', { name: 'Edit your check-in of 2026-11-10' })).toBeTruthy();
    expect(within(rowOf('Canary everywhere')).queryByRole('button')).toBeNull();
  });

  it('Edit opens the form with the check-in’s content; saving sends okr/editCheckIn and reloads the detail', async () => {
    const onChanged = jest.fn();
    const { callsTo } = renderView(
      <CheckInHistory detail={metricDetail()} onChanged={onChanged} />,
      { [RESOLVER_KEYS.editCheckIn]: [ok({ id: 'ci-2', version: 3 })] },
      { accountId: 'u-bo' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit your check-in of 2026-11-20' }));
    const form = screen.getByRole('form', { name: 'Edit check-in' });
    expect(within(form).getByText(/stays in the history as an earlier version/)).toBeTruthy();
    expect((within(form).getByLabelText('Confidence') as HTMLSelectElement).value).toBe('7');
    expect((within(form).getByLabelText('Current value') as HTMLInputElement).value).toBe('160');
    expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Canary everywhere');
    expect((within(form).getByLabelText('Blockers') as HTMLTextAreaElement).value).toBe('Staging is flaky');
    fireEvent.change(within(form).getByLabelText('Current value'), { target: { value: '162' } });
    fireEvent.change(within(form).getByLabelText('Blockers'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.editCheckIn)[0]?.payload).toEqual({
      checkInId: 'ci-2',
      keyResultId: 'kr-1',
      confidence: 7,
      value: 162,
      note: 'Canary everywhere',
    });
    // An edit opens with the check-in's own note: no draft is asked for.
    expect(callsTo(RESOLVER_KEYS.checkInDraft)).toHaveLength(0);
    expect(screen.queryByRole('form', { name: 'Edit check-in' })).toBeNull();
  });

  it('a refused edit (closed objective) says why and keeps the form open', async () => {
    const onChanged = jest.fn();
    const closed: ResolverResult<never> = {
      ok: false,
      error: { code: 'PERIOD_CLOSED', message: 'The objective "Ship" is closed: its check-ins can no longer change.' },
    };
    renderView(
      <CheckInHistory detail={metricDetail()} onChanged={onChanged} />,
      { [RESOLVER_KEYS.editCheckIn]: [closed] },
      { accountId: 'u-bo' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit your check-in of 2026-11-20' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('its check-ins can no longer change');
    expect(screen.getByRole('form', { name: 'Edit check-in' })).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('says so when there is no check-in yet', () => {
    renderView(<CheckInHistory detail={krDetail({ checkIns: [] })} onChanged={() => undefined} />, {});
    expect(screen.getByText('No check-in yet.')).toBeTruthy();
  });
});
