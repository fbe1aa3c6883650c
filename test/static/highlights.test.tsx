/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { RESOLVER_KEYS, type HighlightDto } from '../../src/contract';
import { Highlights } from '../../static/src/features/reports/Highlights';
import Portfolio from '../../static/src/modules/okr-portfolio';
import { ana, bo, ok, portfolio } from './fixtures';
import { renderView } from './harness';

const done: HighlightDto = {
  keyResultId: 'kr-c',
  title: 'Checkout at 4%',
  objectiveTitle: 'Payments just work',
  owners: [ana, bo],
  kind: 'committed',
  what: 'done',
  on: '2026-11-12',
};
const recovered: HighlightDto = {
  ...done,
  keyResultId: 'kr-l',
  title: 'Pages under 1 s',
  kind: 'aspirational',
  what: 'recovered',
  on: '2026-11-15',
  owners: [bo],
};

describe('Highlights', () => {
  it('says what happened in words (the glyph is decoration), on which day, of which kind, and whom to thank', () => {
    render(<Highlights highlights={[recovered, done]} />);
    const items = within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '↗ Back on track on 2026-11-15: Pages under 1 s (Payments just work) Aspirational Owners: Bo Chen',
      '✓ Done on 2026-11-12: Checkout at 4% (Payments just work) Committed Owners: Ana Lima, Bo Chen',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-15');
  });

  it('renders nothing without highlights, or says so when asked to', () => {
    const { container } = render(<Highlights highlights={[]} />);
    expect(container.innerHTML).toBe('');
    render(<Highlights highlights={[]} emptyText="Nothing to celebrate yet." />);
    expect(screen.getByRole('region', { name: 'Highlights this week' }).textContent).toContain(
      'Nothing to celebrate yet.',
    );
  });

  it('the portfolio shows the highlights okr/portfolio sends', async () => {
    renderView(<Portfolio />, { [RESOLVER_KEYS.portfolio]: [ok(portfolio({ highlights: [done] }))] });
    const section = await screen.findByRole('region', { name: 'Highlights this week' });
    expect(section.textContent).toContain('Done on 2026-11-12: Checkout at 4%');
  });
});
