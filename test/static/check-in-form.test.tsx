/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RESOLVER_KEYS } from '../../src/contract';
import { CheckInForm } from '../../static/src/features/check-ins/CheckInForm';
import { KrDetail } from '../../static/src/features/portfolio/KrDetail';
import { bo, failure, krDetail, ok } from './fixtures';
import { renderView } from './harness';

const noop = () => undefined;

/** The text announced with a control: what aria-describedby points at. */
function describedText(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('check-in form', () => {
  it('sends a metric check-in: the confidence word, the value as a number, the note', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <CheckInForm keyResultId="kr-1" sourceType="metric" onSaved={onSaved} onCancel={noop} onReload={noop} />,
      {
        [RESOLVER_KEYS.recordCheckIn]: [
          ok({ id: 'c-1', keyResultId: 'kr-1', at: '2026-11-25T09:00:00Z', progress: 0.3875 }),
        ],
      },
    );
    fireEvent.change(screen.getByLabelText('Confidence'), { target: { value: 'high' } });
    fireEvent.change(screen.getByLabelText('Current value'), { target: { value: '151' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Canary deploys on' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.recordCheckIn)[0]?.payload).toEqual({
      keyResultId: 'kr-1',
      confidence: 'high',
      value: 151,
      note: 'Canary deploys on',
    });
  });

  it('offers no value for a Jira KR and sends a 0–10 score as a number, with blockers', async () => {
    const { callsTo } = renderView(
      <CheckInForm keyResultId="kr-2" sourceType="jira" onSaved={noop} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.recordCheckIn]: [ok({ id: 'c-2', keyResultId: 'kr-2', at: '2026-11-25T09:00:00Z' })] },
    );
    expect(screen.queryByLabelText('Current value')).toBeNull();
    fireEvent.change(screen.getByLabelText('Confidence'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Blockers'), { target: { value: 'Waiting on the API team' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.recordCheckIn)).toHaveLength(1));
    expect(callsTo(RESOLVER_KEYS.recordCheckIn)[0]?.payload).toEqual({
      keyResultId: 'kr-2',
      confidence: 7,
      note: '',
      blockers: 'Waiting on the API team',
    });
  });

  it('shows each backend VALIDATION message next to its field, and does not close', async () => {
    const onSaved = jest.fn();
    renderView(
      <CheckInForm keyResultId="kr-1" sourceType="metric" onSaved={onSaved} onCancel={noop} onReload={noop} />,
      {
        [RESOLVER_KEYS.recordCheckIn]: [
          failure('VALIDATION', 'The check-in is not valid', [
            { path: 'note', message: 'the note is longer than 2000 characters' },
            { path: 'value', message: 'must be a number' },
          ]),
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    const note = screen.getByLabelText('Note');
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(note)).toContain('the note is longer than 2000 characters');
    expect(describedText(screen.getByLabelText('Current value'))).toContain('must be a number');
    expect(describedText(screen.getByLabelText('Confidence'))).not.toContain('must be');
    expect(screen.getByRole('alert').textContent).toContain('Check the highlighted fields.');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says why a closed period refuses the check-in', async () => {
    renderView(<CheckInForm keyResultId="kr-1" sourceType="metric" onSaved={noop} onCancel={noop} onReload={noop} />, {
      [RESOLVER_KEYS.recordCheckIn]: [
        { ok: false, error: { code: 'PERIOD_CLOSED', message: 'The objective "Ship" is closed: no more check-ins.' } },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(screen.getByText(/no more check-ins/)).toBeTruthy());
  });
});

describe('check-in draft', () => {
  it('opens with the note drafted from what changed, which the owner edits before saving', async () => {
    const note =
      'Since the last check-in (2026-11-11):\n- 3 issues done\n- 2 issues added to scope\n- pace up 5 percentage points';
    const { callsTo } = renderView(
      <CheckInForm keyResultId="kr-2" sourceType="jira" onSaved={noop} onCancel={noop} onReload={noop} />,
      {
        [RESOLVER_KEYS.checkInDraft]: [ok({ keyResultId: 'kr-2', note, lastCheckInAt: '2026-11-11T10:00:00Z' })],
        [RESOLVER_KEYS.recordCheckIn]: [ok({ id: 'c-4', keyResultId: 'kr-2', at: '2026-11-25T09:00:00Z' })],
      },
    );
    const field = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe(note));
    expect(callsTo(RESOLVER_KEYS.checkInDraft)[0]?.payload).toEqual({ keyResultId: 'kr-2' });
    fireEvent.change(field, { target: { value: `${note}\nThe review queue is the bottleneck.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.recordCheckIn)).toHaveLength(1));
    expect(callsTo(RESOLVER_KEYS.recordCheckIn)[0]?.payload).toMatchObject({
      note: `${note}\nThe review queue is the bottleneck.`,
    });
  });
});

describe('key result detail', () => {
  it('opens the check-in form from "Check in", and reloads the history after saving', async () => {
    const after = krDetail({
      checkIns: [
        { id: 'ci-2', at: '2026-11-25T09:00:00Z', author: bo, confidence: 'high', note: 'Shipped the wizard' },
        ...krDetail().checkIns,
      ],
    });
    const { callsTo } = renderView(<KrDetail keyResultId="kr-1" onEdit={noop} />, {
      [RESOLVER_KEYS.keyResultDetail]: [ok(krDetail()), ok(after)],
      [RESOLVER_KEYS.recordCheckIn]: [ok({ id: 'c-3', keyResultId: 'kr-1', at: '2026-11-25T09:00:00Z' })],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Shipped the wizard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByRole('cell', { name: 'Shipped the wizard' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Check in' })).toBeNull();
    expect(callsTo(RESOLVER_KEYS.recordCheckIn)[0]?.payload).toMatchObject({ keyResultId: 'kr-1' });
    expect(callsTo(RESOLVER_KEYS.keyResultDetail)).toHaveLength(2);
  });
});
