import type { PortfolioTabProps } from '../portfolio/tab-props';

export function LeadershipReport(_props: PortfolioTabProps) {
  return (
    <p className="okr-empty" role="status">
      The leadership report is not available yet.
    </p>
  );
}
