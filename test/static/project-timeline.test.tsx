/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { RESOLVER_KEYS, type ProjectTimelineView } from '../../src/contract';
import ProjectPage from '../../static/src/modules/okr-project-page';
import { failure, ok } from './fixtures';
import { renderView } from './harness';

const project = { id: '10000', key: 'CORE', name: 'Core platform' };
const page = ok({ project, keyResults: [], unlinkedEpics: [], coverage: 1 });
const context = { moduleKey: 'okr-project-page', extension: { project: { id: '10000', key: 'CORE' } } };

const timeline: ProjectTimelineView = {
  project,
  periods: [
    {
      period: { id: '2026-Q3', name: '2026-Q3', start: '2026-07-01', end: '2026-09-30', closed: true },
      keyResults: [
        {
          id: 'kr-q3',
          title: 'Migration half done',
          objectiveTitle: 'Modern platform',
          progress: 0.7,
          status: 'off-track',
          kind: 'committed',
          grade: { value: 0.7, success: false },
          via: [{ kind: 'epic', label: 'CORE-1' }],
          baseline: true,
        },
      ],
    },
    {
      period: { id: '2026-Q4', name: '2026-Q4', start: '2026-10-01', end: '2026-12-31', closed: false },
      keyResults: [
        {
          id: 'kr-q4',
          title: 'Migration done',
          objectiveTitle: 'Modern platform',
          progress: 0.25,
          status: 'at-risk',
          kind: 'committed',
          via: [
            { kind: 'epic', label: 'CORE-1' },
            { kind: 'version', label: 'Version 3.0' },
          ],
          baseline: true,
          carriedFrom: 'kr-q3',
        },
      ],
    },
  ],
};

describe('project page timeline', () => {
  it('lists the periods in order with each KR, how the project fed it, its grade and carry-over, in words', async () => {
    const { callsTo } = renderView(
      <ProjectPage />,
      { [RESOLVER_KEYS.projectPage]: [page], [RESOLVER_KEYS.projectTimeline]: [ok(timeline)] },
      context,
    );
    const section = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(section).findByText('Migration half done')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.projectTimeline)[0]?.payload).toEqual({ projectId: '10000' });

    const q3 = within(section).getByRole('list', { name: 'Key results in 2026-Q3' });
    expect(q3.textContent).toContain('70% · Off track · committed · graded 0.7 (below its bar) · period baseline');
    expect(q3.textContent).toContain('Fed by CORE-1');
    const q4 = within(section).getByRole('list', { name: 'Key results in 2026-Q4' });
    expect(q4.textContent).toContain(
      '25% · At risk · committed · period baseline · carried over from an earlier period',
    );
    expect(q4.textContent).toContain('Fed by CORE-1, Version 3.0');
    expect(
      within(q4).getByRole('progressbar', { name: 'Migration done: progress' }).getAttribute('aria-valuenow'),
    ).toBe('25');
    // Oldest first, and a closed period says so.
    const headings = within(section)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['2026-Q3 (2026-07-01 – 2026-09-30, closed)', '2026-Q4 (2026-10-01 – 2026-12-31)']);
  });

  it('explains a project no KR served yet', async () => {
    renderView(
      <ProjectPage />,
      { [RESOLVER_KEYS.projectPage]: [page], [RESOLVER_KEYS.projectTimeline]: [ok({ project, periods: [] })] },
      context,
    );
    expect(await screen.findByText('No key result has counted work from CORE in any period yet.')).toBeTruthy();
  });

  it('a failed timeline says so inside its section; the rest of the page stays', async () => {
    renderView(
      <ProjectPage />,
      {
        [RESOLVER_KEYS.projectPage]: [page],
        [RESOLVER_KEYS.projectTimeline]: [failure('INTERNAL', 'The timeline could not be built.')],
      },
      context,
    );
    const section = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(screen.getByText('OKRs for Core platform')).toBeTruthy();
  });
});
