import type { PortfolioTabProps } from '../portfolio/tab-props';

export function QualityReport(_props: PortfolioTabProps) {
  return (
    <p className="okr-empty" role="status">
      The OKR quality report is not available yet.
    </p>
  );
}
