/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type LeadershipReportView } from '../../src/contract';
import { LeadershipReport } from '../../static/src/features/reports/LeadershipReport';
import { leadershipCsv } from '../../static/src/features/reports/leadership-csv';
import { leadershipMarkdown, markdownText } from '../../static/src/features/reports/leadership-markdown';
import { reportFileName } from '../../static/src/features/reports/report-text';
import { ana, bo, kr, notAvailable, ok, q3, q4 } from './fixtures';
import { renderView } from './harness';

/** A report as okr/leadershipReport answers it: two groups, 1 of 4 committed delivered, two KRs at risk, two highlights. */
function report(over: Partial<LeadershipReportView> = {}): LeadershipReportView {
  return {
    period: q4,
    generatedAt: '2026-11-16T09:05:30.000Z',
    groups: [
      {
        level: 'company',
        objectives: [{ id: 'o-1', title: 'Grow the business', progress: 0.505, status: 'on-track', state: 'active' }],
      },
      {
        level: 'team',
        team: 'Web',
        objectives: [
          { id: 'o-2', title: 'Faster | web', progress: 0.19, status: 'off-track', state: 'active' },
          { id: 'o-3', title: 'Legacy migration', progress: 1, status: 'done', state: 'abandoned', grade: 0.3 },
        ],
      },
    ],
    kinds: {
      committed: { count: 4, delivered: 1, rate: 0.25 },
      aspirational: { count: 1, reached: 0, averageGrade: 0.1 },
    },
    atRisk: [
      kr({
        id: 'kr-l',
        title: 'Pages load under 1 s',
        objectiveTitle: 'Faster | web',
        kind: 'aspirational',
        progress: 0.08,
        expected: 0.35,
        pace: -0.27,
        status: 'off-track',
      }),
      kr({
        id: 'kr-r',
        title: '=Revenue up',
        objectiveTitle: 'Grow the business',
        owners: [ana, bo],
        progress: 0.6,
        expected: 0.5,
        pace: 0.1,
        status: 'on-track',
        stale: true,
        staleReason: 'Jira did not answer.',
      }),
    ],
    highlights: [
      {
        keyResultId: 'kr-f',
        title: 'Refunds in a day',
        objectiveTitle: 'Payments just work',
        owners: [bo],
        kind: 'committed',
        what: 'recovered',
        on: '2026-11-15',
      },
      {
        keyResultId: 'kr-c',
        title: 'Checkout at 4%',
        objectiveTitle: 'Payments just work',
        owners: [ana],
        kind: 'committed',
        what: 'done',
        on: '2026-11-12',
      },
    ],
    ...over,
  };
}

describe('leadership report CSV', () => {
  it('is one table: objectives, the two kind figures apart, the at-risk KRs, the highlights', () => {
    expect(leadershipCsv(report()).split('\r\n')).toEqual([
      'Period,Section,Level,Team,Objective,Key result,Kind,Owners,Progress %,Status,State,Grade,Detail',
      '2026-Q4,Objective,Company,,Grow the business,,,,51,On track,Active,,',
      '2026-Q4,Objective,Team,Web,Faster | web,,,,19,Off track,Active,,',
      '2026-Q4,Objective,Team,Web,Legacy migration,,,,100,Done,Abandoned,0.3,',
      '2026-Q4,Committed delivery,,,,,committed,,,,,,1 of 4 delivered (25%)',
      '2026-Q4,Aspirational reach,,,,,aspirational,,,,,,0 of 1 reached the stretch bar · average grade 0.1',
      '2026-Q4,At risk,,,Faster | web,Pages load under 1 s,aspirational,Ana Lima,8,Off track,,,27 percentage points behind',
      // A title starting with = is quoted and prefixed with ' so a spreadsheet shows it instead of running it.
      `2026-Q4,At risk,,,Grow the business,"'=Revenue up",committed,"Ana Lima, Bo Chen",60,On track,,,stale: Jira did not answer.`,
      '2026-Q4,Highlight,,,Payments just work,Refunds in a day,committed,Bo Chen,,Back on track,,,on 2026-11-15',
      '2026-Q4,Highlight,,,Payments just work,Checkout at 4%,committed,Ana Lima,,Done,,,on 2026-11-12',
    ]);
    expect(reportFileName(report(), 'csv')).toBe('okr-leadership-report-2026-Q4.csv');
  });

  it('says there is nothing to rate rather than 0 %', () => {
    const empty = report({
      groups: [],
      atRisk: [],
      highlights: [],
      kinds: {
        committed: { count: 0, delivered: 0, rate: null },
        aspirational: { count: 0, reached: 0, averageGrade: null },
      },
    });
    expect(leadershipCsv(empty).split('\r\n').slice(1)).toEqual([
      '2026-Q4,Committed delivery,,,,,committed,,,,,,no committed key results',
      '2026-Q4,Aspirational reach,,,,,aspirational,,,,,,no aspirational key results',
    ]);
  });
});

describe('leadership report Markdown', () => {
  it('reads as a document: figures apart, a table per group, the at-risk table, the highlights', () => {
    expect(leadershipMarkdown(report())).toBe(
      [
        '# Leadership report: 2026-Q4',
        '',
        '2026-10-01 to 2026-12-31 · generated 2026-11-16 09:05 UTC',
        '',
        '## Committed delivery and aspirational reach',
        '',
        '- **Committed delivery:** 1 of 4 delivered (25%)',
        '- **Aspirational reach:** 0 of 1 reached the stretch bar · average grade 0.1',
        '',
        '## Objectives',
        '',
        '### Company',
        '',
        '| Objective | Progress | Status | State | Grade |',
        '| --- | ---: | --- | --- | ---: |',
        '| Grow the business | 51% | On track | Active |  |',
        '',
        '### Team · Web',
        '',
        '| Objective | Progress | Status | State | Grade |',
        '| --- | ---: | --- | --- | ---: |',
        '| Faster \\| web | 19% | Off track | Active |  |',
        '| Legacy migration | 100% | Done | Abandoned | 0.3 |',
        '',
        '## At risk (2)',
        '',
        '| Key result | Objective | Kind | Owners | Progress | Expected | Status | Stale |',
        '| --- | --- | --- | --- | ---: | ---: | --- | --- |',
        '| Pages load under 1 s | Faster \\| web | aspirational | Ana Lima | 8% | 35% | Off track | no |',
        '| =Revenue up | Grow the business | committed | Ana Lima, Bo Chen | 60% | 50% | On track | yes |',
        '',
        '## Highlights this week (2)',
        '',
        '- **Back on track** on 2026-11-15: Refunds in a day (Payments just work), Bo Chen',
        '- **Done** on 2026-11-12: Checkout at 4% (Payments just work), Ana Lima',
        '',
      ].join('\n'),
    );
    expect(reportFileName(report(), 'md')).toBe('okr-leadership-report-2026-Q4.md');
  });

  it('an empty period says so in words', () => {
    const empty = report({ groups: [], atRisk: [], highlights: [] });
    const text = leadershipMarkdown(empty);
    expect(text).toContain('## Objectives\n\nNo objectives in this period.\n');
    expect(text).toContain('## At risk (0)\n\nNothing at risk.\n');
    expect(text.endsWith('## Highlights this week (0)\n\nNo highlights this week.\n')).toBe(true);
  });

  it('escapes what Markdown would read as markup, and a line break cannot end a table row', () => {
    expect(markdownText('Ship *fast* | [docs](x) <b>\nnow_ok #1')).toBe(
      'Ship \\*fast\\* \\| \\[docs\\](x) \\<b\\> now\\_ok \\#1',
    );
  });
});

describe('the Leadership report tab', () => {
  const props = { period: q4, periods: [q4, q3], onChanged: () => undefined };

  it('shows the figures apart, the groups, the at-risk list worst first and the highlights', async () => {
    const { callsTo } = renderView(<LeadershipReport {...props} />, {
      [RESOLVER_KEYS.leadershipReport]: [ok(report())],
    });
    expect(await screen.findByRole('heading', { name: 'Leadership report: 2026-Q4' })).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.leadershipReport)[0]?.payload).toEqual({ periodId: q4.id });
    expect(screen.getByRole('figure', { name: 'Committed delivery' }).textContent).toContain(
      '1 of 4 committed key results delivered in full.',
    );
    expect(screen.getByRole('figure', { name: 'Aspirational reach' }).textContent).toContain('0 of 1');
    const web = screen.getByRole('table', { name: 'Team · Web' });
    expect(
      within(web)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'ObjectiveProgressStatusStateGrade',
      'Faster | web19%■ Off trackActive—',
      'Legacy migration100%✓ DoneAbandoned0.3',
    ]);
    const atRisk = screen.getByRole('table', { name: 'Key results at risk, worst first' });
    expect(
      within(atRisk)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Pages load under 1 s', '=Revenue up']);
    expect(atRisk.textContent).toContain('27 percentage points behind');
    expect(atRisk.textContent).toContain('Stale: Jira did not answer.');
    const highlights = screen.getByRole('list', { name: 'Highlights' });
    expect(within(highlights).getAllByRole('listitem')[0]?.textContent).toContain(
      'Back on track on 2026-11-15: Refunds in a day',
    );
  });

  it('picks another period', async () => {
    const { callsTo } = renderView(<LeadershipReport {...props} />, {
      [RESOLVER_KEYS.leadershipReport]: (p) => ok(report({ period: p.periodId === q3.id ? q3 : q4 })),
    });
    await screen.findByRole('heading', { name: 'Leadership report: 2026-Q4' });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: q3.id } });
    expect(await screen.findByRole('heading', { name: 'Leadership report: 2026-Q3' })).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.leadershipReport).map((c) => c.payload)).toEqual([
      { periodId: q4.id },
      { periodId: q3.id },
    ]);
  });

  it('downloads the CSV and the Markdown file', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:okr';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderView(<LeadershipReport {...props} />, { [RESOLVER_KEYS.leadershipReport]: [ok(report())] });
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(names).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(names).toHaveLength(2));
    const text = (blob: Blob) =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blob);
      });
    expect(names).toEqual(['okr-leadership-report-2026-Q4.csv', 'okr-leadership-report-2026-Q4.md']);
    expect(await text(blobs[0] as Blob)).toBe(leadershipCsv(report()));
    expect(await text(blobs[1] as Blob)).toBe(leadershipMarkdown(report()));
    expect(blobs[1]?.type).toBe('text/markdown;charset=utf-8');
    click.mockRestore();
  });

  it('says not available yet while the key is not built', async () => {
    renderView(<LeadershipReport {...props} />, { [RESOLVER_KEYS.leadershipReport]: [notAvailable] });
    expect(await screen.findByText('Not available yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });
});
