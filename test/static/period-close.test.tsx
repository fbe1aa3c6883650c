/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS as K, type PeriodCloseView, type ResolverResult } from '../../src/contract';
import { PeriodClose } from '../../static/src/features/period-close/PeriodClose';
import { ana, failure, ok, q3, q4 } from './fixtures';
import { renderView } from './harness';

const q1: PeriodCloseView['nextPeriod'] = {
  id: 'p-2027-q1',
  name: '2027-Q1',
  start: '2027-01-01',
  end: '2027-03-31',
  closed: false,
};

type ObjectiveRow = PeriodCloseView['objectives'][number];
type KrRow = ObjectiveRow['keyResults'][number];

const krRow = (over: Partial<KrRow> = {}): KrRow => ({
  id: 'kr-refunds',
  version: 3,
  title: 'Refunds in two days',
  kind: 'committed',
  sourceType: 'jira',
  progress: 0.64,
  suggestedGrade: 0.6,
  ...over,
});

const objectiveRow = (over: Partial<ObjectiveRow> = {}): ObjectiveRow => ({
  id: 'o-checkout',
  version: 5,
  title: 'Checkout that converts',
  team: 'Payments',
  state: 'active',
  owners: [ana],
  progress: 0.68,
  suggestedGrade: 0.7,
  canEdit: true,
  keyResults: [
    krRow(),
    krRow({
      id: 'kr-nps',
      title: 'NPS from 20 to 40',
      kind: 'aspirational',
      sourceType: 'metric',
      progress: 0.72,
      suggestedGrade: 0.7,
      grade: { value: 0.7, success: true },
    }),
  ],
  ...over,
});

const sheet = (over: Partial<PeriodCloseView> = {}): PeriodCloseView => ({
  period: q4,
  nextPeriod: q1,
  objectives: [objectiveRow()],
  kinds: {
    committed: { count: 2, delivered: 1, rate: 0.5 },
    aspirational: { count: 2, reached: 1, averageGrade: 0.55 },
  },
  canClosePeriod: false,
  ...over,
});

const props = { period: q4, periods: [q3, q4], onChanged: () => undefined };
const written = ok({ id: 'x', version: 9 });

describe('the period-close tab', () => {
  test('shows KRs with progress and suggested grades, and committed delivery beside aspirational reach', async () => {
    renderView(<PeriodClose {...props} />, { [K.periodClose]: [ok(sheet())] });

    const objective = await screen.findByRole('region', { name: 'Checkout that converts' });
    expect(within(objective).getByText(/Active/)).toBeTruthy();
    const refunds = within(objective).getByRole('listitem', { name: 'Refunds in two days' });
    expect(within(refunds).getByText(/64% done · suggested grade 0\.6/)).toBeTruthy();
    const nps = within(objective).getByRole('listitem', { name: 'NPS from 20 to 40' });
    expect(within(nps).getByText(/graded 0\.7 \(reached the stretch bar\)/)).toBeTruthy();
    const kinds = screen.getByLabelText(/never blended/);
    expect(kinds.textContent).toContain('Committed delivery1 of 2 delivered in full (50%).');
    expect(kinds.textContent).toContain('Aspirational reach1 of 2 reached the stretch bar; average grade 0.55.');
    expect(screen.getByText(/Jira administrators close the period once every objective/)).toBeTruthy();
  });

  test('a grade other than the suggested one asks for a reason; the backend’s field message shows next to it', async () => {
    const { callsTo } = renderView(<PeriodClose {...props} />, {
      [K.periodClose]: [ok(sheet())],
      [K.gradeKeyResult]: [
        failure('VALIDATION', 'reason: is needed', [{ path: 'reason', message: 'is needed: 0.9 differs from 0.6' }]),
        written,
      ],
    });
    const refunds = await screen.findByRole('listitem', { name: 'Refunds in two days' });
    expect(within(refunds).queryByLabelText('Why this grade')).toBeNull();

    fireEvent.change(within(refunds).getByLabelText('Grade for Refunds in two days'), { target: { value: '0.9' } });
    const reason = within(refunds).getByLabelText('Why this grade');
    fireEvent.click(within(refunds).getByRole('button', { name: 'Save grade' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(refunds).getByText('is needed: 0.9 differs from 0.6')).toBeTruthy();

    fireEvent.change(reason, { target: { value: 'Shipped on the 30th' } });
    fireEvent.click(within(refunds).getByRole('button', { name: 'Save grade' }));
    await waitFor(() => expect(callsTo(K.gradeKeyResult)).toHaveLength(2));
    expect(callsTo(K.gradeKeyResult)[1]?.payload).toEqual({
      keyResultId: 'kr-refunds',
      version: 3,
      grade: 0.9,
      reason: 'Shipped on the 30th',
    });
    await waitFor(() => expect(callsTo(K.periodClose)).toHaveLength(2));
  });

  test('carries an unfinished KR over and closes the objective with its retrospective', async () => {
    const onChanged = jest.fn();
    const { callsTo } = renderView(<PeriodClose {...props} onChanged={onChanged} />, {
      [K.periodClose]: [ok(sheet())],
      [K.carryOverKeyResult]: [written],
      [K.closeObjective]: [written],
    });
    const refunds = await screen.findByRole('listitem', { name: 'Refunds in two days' });
    fireEvent.click(within(refunds).getByRole('button', { name: 'Carry over to 2027-Q1' }));
    await waitFor(() =>
      expect(callsTo(K.carryOverKeyResult)).toEqual([
        { key: K.carryOverKeyResult, payload: { keyResultId: 'kr-refunds' } },
      ]),
    );
    // The worksheet reloads after a change; the objective is found again once it has.
    await waitFor(() => expect(callsTo(K.periodClose)).toHaveLength(2));

    const objective = await screen.findByRole('region', { name: 'Checkout that converts' });
    fireEvent.change(within(objective).getByLabelText(/Retrospective: what we learned/), {
      target: { value: 'Split refunds out earlier.' },
    });
    fireEvent.click(within(objective).getByRole('button', { name: 'Close objective' }));
    await waitFor(() => expect(callsTo(K.closeObjective)).toHaveLength(1));
    expect(callsTo(K.closeObjective)[0]?.payload).toEqual({
      objectiveId: 'o-checkout',
      version: 5,
      retrospective: 'Split refunds out earlier.',
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
  });

  test('abandons an objective', async () => {
    const { callsTo } = renderView(<PeriodClose {...props} />, {
      [K.periodClose]: [ok(sheet())],
      [K.abandonObjective]: [written],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Abandon' }));
    await waitFor(() =>
      expect(callsTo(K.abandonObjective)[0]?.payload).toEqual({ objectiveId: 'o-checkout', version: 5 }),
    );
  });

  test('an admin closes the period when every objective is closed; a refusal is shown', async () => {
    const closedObjective = objectiveRow({ state: 'closed', grade: 0.7, retrospective: 'We learned a lot.' });
    const refused: ResolverResult<never> = {
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'Close or abandon "Late idea" (draft) first.' },
    };
    const { callsTo } = renderView(<PeriodClose {...props} />, {
      [K.periodClose]: [ok(sheet({ objectives: [closedObjective], canClosePeriod: true }))],
      [K.closePeriod]: [refused, ok({ ...q4, closed: true })],
    });
    const button = await screen.findByRole('button', { name: `Close period ${q4.name}` });
    expect(screen.getByText(/Retrospective:/).parentElement?.textContent).toContain('We learned a lot.');
    expect(screen.queryByRole('button', { name: 'Save grade' })).toBeNull();
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain('Close or abandon "Late idea" (draft) first.');
    fireEvent.click(button);
    await waitFor(() => expect(callsTo(K.closePeriod)).toHaveLength(2));
    expect(callsTo(K.closePeriod)[1]?.payload).toEqual({ periodId: q4.id });
  });

  test('a closed period is read-only, and says so', async () => {
    const readOnly = objectiveRow({
      state: 'closed',
      grade: 0.7,
      canEdit: false,
      keyResults: [krRow({ carriedTo: 'kr-next', grade: { value: 0.8, success: false, reason: 'Late contracts' } })],
    });
    renderView(<PeriodClose {...props} period={q3} />, {
      [K.periodClose]: [ok(sheet({ period: q3, objectives: [readOnly] }))],
    });
    expect((await screen.findByText(`${q3.name} is closed.`)).parentElement?.getAttribute('role')).toBe('status');
    expect(screen.getByText(/graded 0\.8 \(not delivered in full\) — “Late contracts”/)).toBeTruthy();
    expect(screen.getByText('Carried over to 2027-Q1.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
