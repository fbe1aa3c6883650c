/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type DueCheckInDto, type DueCheckInsView } from '../../src/contract';
import { DueCheckIns } from '../../static/src/features/check-ins/DueCheckIns';
import { bo, failure, ok, q3, q4 } from './fixtures';
import { renderView } from './harness';

const row = (over: Partial<DueCheckInDto>): DueCheckInDto => ({
  keyResultId: 'kr-1',
  keyResultTitle: 'Deploys from 120 to 200',
  sourceType: 'metric',
  objectiveId: 'o-1',
  objectiveTitle: 'Ship faster',
  owners: [bo],
  cadenceDays: 14,
  lastCheckInAt: '2026-11-05T10:00:00Z',
  dueOn: '2026-11-19',
  overdueDays: 6,
  ...over,
});

const mine: DueCheckInsView = {
  period: q4,
  due: [
    row({
      keyResultId: 'kr-docs',
      keyResultTitle: 'Runbooks',
      sourceType: 'milestones',
      lastCheckInAt: undefined,
      dueOn: '2026-10-15',
      overdueDays: 41,
    }),
    row({}),
    row({ keyResultId: 'kr-today', keyResultTitle: 'Latency under 200 ms', dueOn: '2026-11-25', overdueDays: 0 }),
  ],
  upcoming: [
    row({
      keyResultId: 'kr-w',
      keyResultTitle: 'Weekly KR',
      team: 'Platform',
      cadenceDays: 7,
      dueOn: '2026-11-27',
      overdueDays: 0,
    }),
  ],
};

const props = { period: q4, periods: [q4, q3], onChanged: () => undefined };
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Array.from(r.children, (cell) => cell.textContent));

describe('check-ins due tab', () => {
  it('Mine: due now (most overdue first, in words) and the week ahead, for the portfolio’s period', async () => {
    const { callsTo } = renderView(<DueCheckIns {...props} />, { [RESOLVER_KEYS.dueCheckIns]: [ok(mine)] });
    const dueNow = await screen.findByRole('table', { name: 'Due now: 3' });
    expect(callsTo(RESOLVER_KEYS.dueCheckIns)[0]?.payload).toEqual({ periodId: q4.id, scope: 'mine' });
    expect(cellsOf(dueNow)).toEqual([
      ['Runbooks', 'Ship faster', 'Bo Chen', 'Never', '41 days overdue (due 2026-10-15) · every 14 days', 'Check in'],
      [
        'Deploys from 120 to 200',
        'Ship faster',
        'Bo Chen',
        '2026-11-05',
        '6 days overdue (due 2026-11-19) · every 14 days',
        'Check in',
      ],
      [
        'Latency under 200 ms',
        'Ship faster',
        'Bo Chen',
        '2026-11-05',
        'Due today (2026-11-25) · every 14 days',
        'Check in',
      ],
    ]);
    const upcoming = screen.getByRole('table', { name: 'Due in the next 7 days: 1' });
    expect(cellsOf(upcoming)).toEqual([
      ['Weekly KR', 'Ship faster Platform', 'Bo Chen', '2026-11-05', 'Due 2026-11-27 · every 7 days', 'Check in'],
    ]);
    expect(screen.getByRole('radio', { name: 'Mine' })).toHaveProperty('checked', true);
  });

  it('Team: asks for a team, then lists its check-ins', async () => {
    const { callsTo } = renderView(<DueCheckIns {...props} />, {
      [RESOLVER_KEYS.dueCheckIns]: [ok(mine), ok({ period: q4, due: [], upcoming: [] })],
    });
    await screen.findByRole('table', { name: 'Due now: 3' });
    fireEvent.click(screen.getByRole('radio', { name: 'Team' }));
    expect(await screen.findByText('Enter a team to see its check-ins.')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.dueCheckIns)).toHaveLength(1);
    const search = screen.getByRole('search', { name: 'Choose a team' });
    fireEvent.change(within(search).getByLabelText('Team name'), { target: { value: '  Platform ' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Show' }));
    await screen.findByText('Due now: 0. Nothing due: every check-in is up to date.');
    expect(screen.getByText('Due in the next 7 days: 0. Nothing due in the next 7 days.')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.dueCheckIns)[1]?.payload).toEqual({
      periodId: q4.id,
      scope: 'team',
      team: 'Platform',
    });
  });

  it('Check in opens the form for that KR (a value for a metric) and reloads the list after saving', async () => {
    const after: DueCheckInsView = { ...mine, due: mine.due.filter((r) => r.keyResultId !== 'kr-1') };
    const { callsTo } = renderView(<DueCheckIns {...props} />, {
      [RESOLVER_KEYS.dueCheckIns]: [ok(mine), ok(after)],
      [RESOLVER_KEYS.checkInDraft]: [
        ok({ keyResultId: 'kr-1', note: 'First check-in: where this key result stands.' }),
      ],
      [RESOLVER_KEYS.recordCheckIn]: [
        ok({ id: 'c-1', keyResultId: 'kr-1', at: '2026-11-25T09:00:00Z', progress: 0.5 }),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Check in on Deploys from 120 to 200' }));
    const form = screen.getByRole('form', { name: 'Check in' });
    fireEvent.change(within(form).getByLabelText('Current value'), { target: { value: '160' } });
    await waitFor(() =>
      expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toContain('First check-in'),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('table', { name: 'Due now: 2' });
    expect(callsTo(RESOLVER_KEYS.recordCheckIn)[0]?.payload).toMatchObject({
      keyResultId: 'kr-1',
      value: 160,
      confidence: 'medium',
    });
    expect(screen.queryByRole('form', { name: 'Check in' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Check in on Runbooks' }));
    expect(within(screen.getByRole('form', { name: 'Check in' })).queryByLabelText('Current value')).toBeNull();
  });

  it('a failed load says so with Retry', async () => {
    renderView(<DueCheckIns {...props} />, {
      [RESOLVER_KEYS.dueCheckIns]: [failure('INTERNAL', 'Something went wrong on our side.'), ok(mine)],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't load the check-ins due.");
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Due now: 3' })).toBeTruthy();
  });
});
