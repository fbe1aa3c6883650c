import type { PortfolioTabProps } from '../portfolio/tab-props';

export function DueCheckIns(_props: PortfolioTabProps) {
  return (
    <p className="okr-empty" role="status">
      Check-ins due is not available yet.
    </p>
  );
}
