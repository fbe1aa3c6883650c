import type { PortfolioTabProps } from '../portfolio/tab-props';

export function PeriodClose(_props: PortfolioTabProps) {
  return (
    <p className="okr-empty" role="status">
      Period close is not available yet.
    </p>
  );
}
