/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import type { ForecastDto } from '../../src/contract';
import { ForecastPanel } from '../../static/src/features/portfolio/ForecastPanel';

const forecast = (over: Partial<ForecastDto> = {}): ForecastDto => ({
  p50: '2026-12-16',
  p85: '2027-01-06',
  probabilityByPeriodEnd: 0.42,
  late: true,
  assumptions: ['Remaining: 30 issues (scope 70 − done 40).', 'Assumes the future looks like those weeks.'],
  ...over,
});

describe('ForecastPanel', () => {
  it('shows P50, P85 and the chance by the period end, says "likely late" in words, and lists the assumptions', () => {
    render(<ForecastPanel forecast={forecast()} />);
    const panel = screen.getByRole('region', { name: 'Forecast' });
    expect(panel.textContent).toContain('Likely done by (P50)2026-12-16');
    expect(panel.textContent).toContain('(P85)2027-01-06');
    // 0.42 → 42 %.
    expect(panel.textContent).toContain('Chance of finishing by the period end42%');
    expect(within(panel).getByRole('status').textContent).toBe('Likely late: the P85 date is after the period end.');
    expect(within(panel).getByRole('list', { name: 'Assumptions' }).textContent).toContain('Remaining: 30 issues');
  });

  it('a forecast past the horizon says so instead of a date; on time says so too', () => {
    render(<ForecastPanel forecast={forecast({ p85: 'beyond-horizon', late: true })} />);
    expect(screen.getByRole('region', { name: 'Forecast' }).textContent).toContain('not within 2 years');
    render(<ForecastPanel forecast={forecast({ p85: '2026-12-20', late: false, probabilityByPeriodEnd: 0.9 })} />);
    expect(screen.getByText('On course to finish within the period (P85).')).toBeTruthy();
  });

  it('too little history: no dates, the reason, and nothing at all without a forecast', () => {
    const { container } = render(<ForecastPanel />);
    expect(container.innerHTML).toBe('');
    render(
      <ForecastPanel
        forecast={forecast({
          p50: null,
          p85: null,
          probabilityByPeriodEnd: null,
          late: false,
          assumptions: ['No throughput history: no forecast.'],
        })}
      />,
    );
    expect(screen.getByText('Not enough history yet to forecast a completion date.')).toBeTruthy();
    expect(screen.getByText('No throughput history: no forecast.')).toBeTruthy();
  });
});
