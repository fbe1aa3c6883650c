/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS } from '../../src/contract';
import { KeyResultForm } from '../../static/src/features/forms/KeyResultForm';
import { ObjectiveForm } from '../../static/src/features/forms/ObjectiveForm';
import { ana, bo, failure, ok, q3, q4 } from './fixtures';
import { renderView } from './harness';

const noop = () => undefined;

/** The error text announced with a control: what aria-describedby points at. */
function describedText(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('objective form', () => {
  it('creates an objective with what was typed', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <ObjectiveForm periods={[q4, q3]} people={[ana, bo]} defaultPeriodId={q4.id} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.createObjective]: [ok({ id: 'o-9' })] },
      { accountId: 'u-ana' },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Churn halves' } });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: ' Growth ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.createObjective)[0]?.payload).toEqual({ title: 'Churn halves', periodId: q4.id, level: 'team', team: 'Growth', ownerIds: ['u-ana'] });
    expect((screen.getByRole('option', { name: '2026-Q3 (closed)' }) as HTMLOptionElement).disabled).toBe(true);
  });

  it('puts each VALIDATION message next to its field, and lists the ones with no field above the form', async () => {
    renderView(
      <ObjectiveForm periods={[q4]} people={[ana]} defaultPeriodId={q4.id} onSaved={noop} onCancel={noop} onReload={noop} />,
      {
        [RESOLVER_KEYS.createObjective]: [
          failure('VALIDATION', 'The objective is not valid', [
            { path: 'title', message: 'Write an outcome, not a task.' },
            { path: 'ownerIds', message: 'At least one owner.' },
            { path: 'parentId', message: 'Unknown parent.' },
          ]),
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
    const title = screen.getByLabelText('Title');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(title)).toContain('Write an outcome, not a task.');
    expect(describedText(screen.getByLabelText('Owners'))).toContain('At least one owner.');
    expect(describedText(screen.getByLabelText('Team'))).not.toContain('owner');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Check the highlighted fields.');
    expect(summary.textContent).toContain('parentId: Unknown parent.');
    expect(summary.textContent).not.toContain('Write an outcome');
  });
});

describe('key result form', () => {
  const initial = {
    keyResultId: 'kr-1',
    version: 3,
    title: 'Self-serve signup',
    kind: 'committed' as const,
    weight: 1,
    ownerIds: ['u-ana'],
    source: { type: 'jira' as const, measure: 'count' as const, targets: [{ kind: 'epic' as const, issueId: '10001' }], includeSubtasks: false },
  };

  it('shows a backend error on a nested source path under the linked-work field', async () => {
    renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} initial={initial} onSaved={noop} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.updateKeyResult]: [failure('VALIDATION', 'Invalid', [{ path: 'source.targets.1.jql', message: 'JQL must be bounded.' }])] },
    );
    const targets = screen.getByLabelText('Linked work');
    expect((targets as HTMLTextAreaElement).value).toBe('epic:10001');
    fireEvent.change(targets, { target: { value: 'epic:10001\njql:project = ONB' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(describedText(targets)).toContain('JQL must be bounded.'));
    expect(describedText(screen.getByLabelText('Title'))).not.toContain('JQL');
  });

  it('on CONFLICT says someone else changed this KR and offers Reload', async () => {
    const onReload = jest.fn();
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} initial={initial} onSaved={noop} onCancel={noop} onReload={onReload} />,
      { [RESOLVER_KEYS.updateKeyResult]: [failure('CONFLICT', 'stale version')] },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Self-serve signup for all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key result' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this key result.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
    expect(callsTo(RESOLVER_KEYS.updateKeyResult)[0]?.payload).toMatchObject({ keyResultId: 'kr-1', version: 3, title: 'Self-serve signup for all' });
  });

  it('switches the source to a metric and sends its numbers', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.createKeyResult]: [ok({ id: 'kr-9' })] },
      { accountId: 'u-ana' },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'NPS from 20 to 40' } });
    fireEvent.change(screen.getByLabelText('Measured from'), { target: { value: 'metric' } });
    fireEvent.change(screen.getByLabelText('Start value'), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Target value'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.createKeyResult)[0]?.payload).toEqual({
      objectiveId: 'o-1', title: 'NPS from 20 to 40', kind: 'committed', weight: 1, ownerIds: ['u-ana'],
      source: { type: 'metric', start: 20, target: 40, current: 0, direction: 'increase' },
    });
  });
});

describe('quality hints while writing', () => {
  const vague = {
    ruleId: 'okr.kr-vague-wording',
    severity: 'warning' as const,
    subject: { kind: 'key-result' as const, id: '(draft)', label: 'Improve onboarding' },
    reason: '"improve" without a number does not say how much is enough.',
    suggestion: 'State the measure and the target, e.g. "from 8% to 12%".',
  };
  const outputOnly = {
    ruleId: 'okr.kr-output-only',
    severity: 'info' as const,
    subject: { kind: 'key-result' as const, id: '(draft)', label: 'Improve onboarding' },
    reason: 'This key result counts delivered work (output), and its objective has no outcome metric.',
    suggestion: 'Pair it with a metric key result that shows the effect of the work on users or the business.',
  };

  it('a KR draft: sends title, owners and source; shows each reason with its fix, warning vs tip in words; saving still works', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.checkQuality]: [ok([vague, outputOnly])], [RESOLVER_KEYS.createKeyResult]: [ok({ id: 'kr-9', version: 1 })] },
      { accountId: 'u-ana' },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Improve onboarding' } });
    const tips = screen.getByRole('status', { name: 'Writing tips' });
    await waitFor(() => expect(within(tips).getAllByRole('listitem')).toHaveLength(2));
    expect(within(tips).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Warning: "improve" without a number does not say how much is enough. Suggested fix: State the measure and the target, e.g. "from 8% to 12%".',
      'Tip: This key result counts delivered work (output), and its objective has no outcome metric. Suggested fix: Pair it with a metric key result that shows the effect of the work on users or the business.',
    ]);
    expect(callsTo(RESOLVER_KEYS.checkQuality)[0]?.payload).toEqual({
      keyResult: { objectiveId: 'o-1', title: 'Improve onboarding', ownerIds: ['u-ana'], source: { type: 'jira', measure: 'count', targets: [], includeSubtasks: false } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('editing a KR names it, so the check replaces the stored one instead of counting it twice', async () => {
    const initial = { keyResultId: 'kr-1', version: 3, title: 'Signup in 2 minutes', kind: 'committed' as const, weight: 1, ownerIds: ['u-ana'], source: { type: 'metric' as const, start: 5, target: 2, current: 5, direction: 'decrease' as const } };
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} initial={initial} onSaved={noop} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.checkQuality]: [ok([])] },
    );
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.checkQuality)).toHaveLength(1));
    expect(callsTo(RESOLVER_KEYS.checkQuality)[0]?.payload).toMatchObject({ keyResult: { id: 'kr-1', objectiveId: 'o-1', title: 'Signup in 2 minutes' } });
    expect(within(screen.getByRole('status', { name: 'Writing tips' })).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('a failed check shows no tips and does not stand in the way of saving', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[ana]} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.checkQuality]: [failure('INTERNAL', 'boom')], [RESOLVER_KEYS.createKeyResult]: [ok({ id: 'kr-9', version: 1 })] },
      { accountId: 'u-ana' },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Improve onboarding' } });
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.checkQuality)).toHaveLength(1));
    expect(screen.getByRole('status', { name: 'Writing tips' }).textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('an objective draft: sends what the form holds (team trimmed) and shows the task-wording warning; no title, no call', async () => {
    const task = { ...vague, ruleId: 'okr.task-wording', subject: { kind: 'objective' as const, id: '(draft)', label: 'Write the guide' }, reason: 'Opening with "write" and no measure reads as a task, not an outcome.', suggestion: 'Describe the result the task should bring, with a number, and track the task in Jira.' };
    const { callsTo } = renderView(
      <ObjectiveForm periods={[q4]} people={[ana]} defaultPeriodId={q4.id} onSaved={noop} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.checkQuality]: [ok([task])] },
      { accountId: 'u-ana' },
    );
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(callsTo(RESOLVER_KEYS.checkQuality)).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: ' Docs ' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Write the guide' } });
    const tips = screen.getByRole('status', { name: 'Writing tips' });
    await waitFor(() => expect(tips.textContent).toContain('Warning: Opening with "write" and no measure reads as a task, not an outcome.'));
    expect(tips.textContent).toContain('Suggested fix: Describe the result the task should bring');
    expect(callsTo(RESOLVER_KEYS.checkQuality)[0]?.payload).toEqual({
      objective: { title: 'Write the guide', periodId: q4.id, level: 'team', ownerIds: ['u-ana'], team: 'Docs' },
    });
  });
});

describe('objective check-in cadence', () => {
  it('sends the cadence typed, in days', async () => {
    const onSaved = jest.fn();
    const { callsTo } = renderView(
      <ObjectiveForm periods={[q4]} people={[ana]} defaultPeriodId={q4.id} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.createObjective]: [ok({ id: 'o-9', version: 1 })] },
      { accountId: 'u-ana' },
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Churn halves' } });
    fireEvent.change(screen.getByLabelText('Check-in cadence (days)'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.createObjective)[0]?.payload).toMatchObject({ title: 'Churn halves', checkInCadenceDays: 7 });
  });

  it('editing: shows the objective’s cadence; emptied, it sends null (back to the site default)', async () => {
    const onSaved = jest.fn();
    const initial = { objectiveId: 'o-1', version: 2, title: 'Churn halves', periodId: q4.id, level: 'team' as const, ownerIds: ['u-ana'], checkInCadenceDays: 14 };
    const { callsTo } = renderView(
      <ObjectiveForm periods={[q4]} people={[ana]} initial={initial} defaultPeriodId={q4.id} onSaved={onSaved} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.updateObjective]: [ok({ id: 'o-1', version: 3 })] },
    );
    const cadence = screen.getByLabelText('Check-in cadence (days)') as HTMLInputElement;
    expect(cadence.value).toBe('14');
    fireEvent.change(cadence, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(RESOLVER_KEYS.updateObjective)[0]?.payload).toMatchObject({ objectiveId: 'o-1', version: 2, checkInCadenceDays: null });
  });

  it('shows the backend’s message under the cadence field', async () => {
    renderView(
      <ObjectiveForm periods={[q4]} people={[ana]} defaultPeriodId={q4.id} onSaved={noop} onCancel={noop} onReload={noop} />,
      { [RESOLVER_KEYS.createObjective]: [failure('VALIDATION', 'Invalid', [{ path: 'checkInCadenceDays', message: 'must be at most 90' }])] },
    );
    fireEvent.change(screen.getByLabelText('Check-in cadence (days)'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
    const cadence = screen.getByLabelText('Check-in cadence (days)');
    await waitFor(() => expect(describedText(cadence)).toContain('must be at most 90'));
  });
});
