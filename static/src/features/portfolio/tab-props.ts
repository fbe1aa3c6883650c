import type { PeriodDto } from '../../../../src/contract';

/** What every portfolio tab receives: the period the portfolio shows, the periods to pick from, and a reload. */
export interface PortfolioTabProps {
  period: PeriodDto;
  periods: PeriodDto[];
  /** Reloads the portfolio after the tab changed something. */
  onChanged: () => void;
}
