/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type SettingsDto } from '../../src/contract';
import AdminPage from '../../static/src/modules/okr-admin-page';
import ProjectPage from '../../static/src/modules/okr-project-page';
import { failure, kr, notAvailable, ok } from './fixtures';
import { renderView } from './harness';

describe('project page', () => {
  const project = { id: '10000', key: 'ONB', name: 'Onboarding' };

  it("shows coverage, the project's KRs and the epics that feed none", async () => {
    const { callsTo } = renderView(
      <ProjectPage />,
      {
        [RESOLVER_KEYS.projectPage]: [
          ok({ project, keyResults: [kr()], unlinkedEpics: [{ id: '10005', key: 'ONB-5', summary: 'Billing rework' }], coverage: 0.75 }),
        ],
      },
      { moduleKey: 'okr-project-page', extension: { project: { id: '10000', key: 'ONB' } } },
    );
    expect(await screen.findByText('OKRs for Onboarding')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.projectPage)[0]?.payload).toEqual({ projectId: '10000' });
    expect(screen.getByRole('progressbar', { name: 'Epics linked to key results' }).getAttribute('aria-valuenow')).toBe('75');
    expect(screen.getByRole('region', { name: 'Coverage' }).textContent).toContain('75% of the in-progress epics in ONB');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Unlinked epics' }).textContent).toContain('ONB-5 Billing rework');
  });

  it('explains the empty project', async () => {
    renderView(<ProjectPage />, { [RESOLVER_KEYS.projectPage]: [ok({ project, keyResults: [], unlinkedEpics: [], coverage: 0 })] });
    expect(await screen.findByText(/No key result counts work from this project yet/)).toBeTruthy();
    expect(screen.getByText('Every epic here feeds a key result.')).toBeTruthy();
  });

  it('says not available yet', async () => {
    renderView(<ProjectPage />, { [RESOLVER_KEYS.projectPage]: [notAvailable] });
    expect(await screen.findByText('Not available yet.')).toBeTruthy();
  });
});

describe('admin page', () => {
  const settings: SettingsDto = {
    fiscalYearStartMonth: 4,
    timeZone: 'Europe/Paris',
    statusThresholds: { atRisk: -0.1, offTrack: -0.25 },
    checkInCadenceDays: 14,
    aspirationalNorm: 0.7,
  };

  it('loads the settings into the form, thresholds as percentage points', async () => {
    renderView(<AdminPage />, { [RESOLVER_KEYS.getSettings]: [ok(settings)] });
    const month = (await screen.findByLabelText('Fiscal year starts in')) as HTMLSelectElement;
    expect(month.value).toBe('4');
    expect(within(month).getByRole('option', { selected: true }).textContent).toBe('April');
    expect((screen.getByLabelText('At risk when behind pace by more than (points)') as HTMLInputElement).value).toBe('-10');
    expect((screen.getByLabelText('Check-in every (days)') as HTMLInputElement).value).toBe('14');
  });

  it('saves the edited settings and shows backend errors next to the threshold they concern', async () => {
    const { callsTo } = renderView(<AdminPage />, {
      [RESOLVER_KEYS.getSettings]: [ok(settings)],
      [RESOLVER_KEYS.updateSettings]: [failure('VALIDATION', 'Invalid settings', [{ path: 'statusThresholds.atRisk', message: 'must be greater than offTrack' }]), ok({ ...settings, checkInCadenceDays: 7 })],
    });
    const atRisk = await screen.findByLabelText('At risk when behind pace by more than (points)');
    fireEvent.change(atRisk, { target: { value: '-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(atRisk.getAttribute('aria-invalid')).toBe('true'));
    expect(atRisk.closest('[data-field]')?.textContent).toContain('must be greater than offTrack');
    expect(callsTo(RESOLVER_KEYS.updateSettings)[0]?.payload).toMatchObject({ statusThresholds: { atRisk: -0.3, offTrack: -0.25 } });

    fireEvent.change(atRisk, { target: { value: '-10' } });
    fireEvent.change(screen.getByLabelText('Check-in every (days)'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(atRisk.getAttribute('aria-invalid')).toBe('false');
  });

  it('offers Retry when the settings cannot be read', async () => {
    renderView(<AdminPage />, { [RESOLVER_KEYS.getSettings]: [failure('INTERNAL', 'kvs down'), ok(settings)] });
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByLabelText('Time zone')).toBeTruthy();
  });
});

describe('admin page, concurrent edits', () => {
  it('on CONFLICT says someone else changed the settings, and Reload fetches them again', async () => {
    const settings: SettingsDto = { fiscalYearStartMonth: 1, timeZone: 'UTC', statusThresholds: { atRisk: -0.1, offTrack: -0.25 }, checkInCadenceDays: 14, aspirationalNorm: 0.7 };
    const { callsTo } = renderView(<AdminPage />, {
      [RESOLVER_KEYS.getSettings]: [ok(settings), ok({ ...settings, checkInCadenceDays: 7 })],
      [RESOLVER_KEYS.updateSettings]: [failure('CONFLICT', 'changed meanwhile')],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed the settings.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect((screen.getByLabelText('Check-in every (days)') as HTMLInputElement).value).toBe('7'));
    expect(callsTo(RESOLVER_KEYS.getSettings)).toHaveLength(2);
  });
});
