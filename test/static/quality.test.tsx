/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type QualityFindingDto, type QualityReportView } from '../../src/contract';
import { KrCard } from '../../static/src/components/KrCard';
import { KeyResultForm } from '../../static/src/features/forms/KeyResultForm';
import { AlignmentTree } from '../../static/src/features/portfolio/AlignmentTree';
import { QualityReport } from '../../static/src/features/quality/QualityReport';
import { kr, objective, ok, portfolio, q3, q4 } from './fixtures';
import { renderView } from './harness';

const noop = () => undefined;

const finding = (over: Partial<QualityFindingDto> & Pick<QualityFindingDto, 'ruleId'>): QualityFindingDto => ({
  severity: 'warning',
  subject: { kind: 'key-result', id: 'kr-1', label: 'Improve onboarding' },
  reason: '"improve" without a number does not say how much is enough.',
  suggestion: 'State the measure and the target, e.g. "from 8% to 12%".',
  ...over,
});

function report(over: Partial<QualityReportView> = {}): QualityReportView {
  return {
    period: q4,
    findings: [
      finding({
        ruleId: 'okr.team-objective-count',
        severity: 'info',
        subject: { kind: 'team', id: 'Rocket@2026-Q4', label: 'Rocket in 2026-Q4' },
        reason: 'Rocket has only 1 objective in 2026-Q4; 3 to 5 is the usual range.',
        suggestion: 'Check that the team’s important outcomes for the period are all written down.',
      }),
      finding({ ruleId: 'okr.kr-vague-wording' }),
      finding({
        ruleId: 'okr.kr-vague-wording',
        subject: { kind: 'key-result', id: 'kr-2', label: 'Better docs' },
        reason: '"better" without a number does not say how much is enough.',
      }),
    ],
    kinds: {
      committed: { count: 2, delivered: 1, rate: 0.5 },
      aspirational: { count: 1, reached: 1, averageGrade: 0.7 },
    },
    ...over,
  };
}

describe('Quality tab', () => {
  it('groups findings by rule with counts, severity in words, each with its suggested fix', async () => {
    renderView(<QualityReport period={q4} periods={[q4, q3]} onChanged={noop} />, {
      [RESOLVER_KEYS.qualityReport]: [ok(report())],
    });
    const vague = await screen.findByRole('region', { name: 'Vague wording: 2' });
    const items = within(vague).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Warning: Key result “Improve onboarding” — "improve" without a number does not say how much is enough. Suggested fix: State the measure and the target, e.g. "from 8% to 12%".',
      'Warning: Key result “Better docs” — "better" without a number does not say how much is enough. Suggested fix: State the measure and the target, e.g. "from 8% to 12%".',
    ]);
    const teams = screen.getByRole('region', { name: 'Objectives per team: 1' });
    expect(teams.textContent).toContain('Tip: Team “Rocket in 2026-Q4”');
    // Groups follow the rule order (the team's picture first), whatever order findings arrive in.
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(['Objectives per team (1)', 'Vague wording (2)']);
    expect(screen.getByText('3 findings: 2 warnings, 1 tip.')).toBeTruthy();
  });

  it('shows committed delivery and aspirational reach as two separate figures, never one rate', async () => {
    renderView(<QualityReport period={q4} periods={[q4]} onChanged={noop} />, {
      [RESOLVER_KEYS.qualityReport]: [ok(report())],
    });
    const committed = await screen.findByRole('figure', { name: 'Committed delivery' });
    expect(committed.textContent).toContain('50%');
    expect(committed.textContent).toContain('1 of 2 committed key results delivered in full.');
    const aspirational = screen.getByRole('figure', { name: 'Aspirational reach' });
    expect(aspirational.textContent).toContain('1 of 1');
    expect(aspirational.textContent).toContain('average grade 0.7');
    expect(screen.queryByText(/success rate/i)).toBeNull();
  });

  it('filters by team: the next call names the team, and the answer says whose findings they are', async () => {
    const { callsTo } = renderView(<QualityReport period={q4} periods={[q4]} onChanged={noop} />, {
      [RESOLVER_KEYS.qualityReport]: (payload) =>
        ok(payload.team ? report({ team: 'Rocket', findings: [] }) : report()),
    });
    await screen.findByRole('region', { name: 'Vague wording: 2' });
    expect(callsTo(RESOLVER_KEYS.qualityReport)[0]?.payload).toEqual({ periodId: q4.id });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: ' Rocket ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText('No quality findings for Rocket: these OKRs read well.');
    expect(callsTo(RESOLVER_KEYS.qualityReport).at(-1)?.payload).toEqual({ periodId: q4.id, team: 'Rocket' });
  });

  it('shows the notes on what the report left out, and committed/aspirational with none of a kind', async () => {
    renderView(<QualityReport period={q4} periods={[q4]} onChanged={noop} />, {
      [RESOLVER_KEYS.qualityReport]: [
        ok(
          report({
            notes: [
              'Alignment coverage (in-progress epics that feed no key result) is left out: Jira is not answering right now.',
            ],
            kinds: {
              committed: { count: 0, delivered: 0, rate: null },
              aspirational: { count: 0, reached: 0, averageGrade: null },
            },
          }),
        ),
      ],
    });
    expect((await screen.findByRole('note')).textContent).toContain('Jira is not answering');
    expect(screen.getByRole('figure', { name: 'Committed delivery' }).textContent).toContain(
      'No committed key results.',
    );
    expect(screen.getByRole('figure', { name: 'Aspirational reach' }).textContent).toContain(
      'No aspirational key results.',
    );
  });
});

describe('committed vs aspirational everywhere', () => {
  it('a KR card names its kind in text, and shows its grade against its bar and a late forecast', () => {
    const { rerender } = render(<KrCard kr={kr({ kind: 'aspirational', grade: { value: 0.7, success: true } })} />);
    const card = screen.getByRole('article', { name: /Key result:/ });
    expect(within(card).getByText('Aspirational')).toBeTruthy();
    expect(card.textContent).toContain('Graded 0.7 — met the bar');
    expect(card.textContent).not.toContain('Forecast: likely late');
    rerender(
      <KrCard
        kr={kr({
          kind: 'committed',
          grade: { value: 0.9, success: false, reason: 'one epic slipped' },
          forecastLate: true,
        })}
      />,
    );
    expect(within(card).getByText('Committed')).toBeTruthy();
    expect(card.textContent).toContain('Graded 0.9 — below the bar (one epic slipped)');
    expect(card.textContent).toContain('Forecast: likely late');
  });

  it('a KR card without grade or forecast shows neither line', () => {
    render(<KrCard kr={kr()} />);
    const card = screen.getByRole('article', { name: /Key result:/ });
    expect(card.textContent).not.toContain('Graded');
    expect(card.textContent).not.toContain('Forecast');
  });

  it('the alignment tree labels each KR committed or aspirational, after its numbers', () => {
    const view = portfolio({
      roots: [objective({ keyResults: [kr(), kr({ id: 'kr-3', title: 'Moonshot signups', kind: 'aspirational' })] })],
    });
    render(<AlignmentTree roots={view.roots} onSelectKr={noop} onAddKr={noop} onEditObjective={noop} />);
    const list = screen.getByRole('list', { name: 'Key results of Customers onboard themselves' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^Self-serve signup for 80% of new accounts — 45% .* · Committed$/),
      expect.stringMatching(/^Moonshot signups — 45% .* · Aspirational$/),
    ]);
  });
});

describe('quality hints debounce', () => {
  it('asks once after typing pauses, not on every keystroke', async () => {
    const { callsTo } = renderView(
      <KeyResultForm objectiveId="o-1" people={[]} onSaved={noop} onCancel={noop} onReload={noop} />,
      {
        [RESOLVER_KEYS.checkQuality]: [ok([])],
      },
    );
    for (const title of ['I', 'Im', 'Imp', 'Improve'])
      fireEvent.change(screen.getByLabelText('Title'), { target: { value: title } });
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.checkQuality)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(callsTo(RESOLVER_KEYS.checkQuality)).toHaveLength(1);
    expect(callsTo(RESOLVER_KEYS.checkQuality)[0]?.payload).toMatchObject({
      keyResult: { objectiveId: 'o-1', title: 'Improve' },
    });
  });
});
