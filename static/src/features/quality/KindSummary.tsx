import type { KindReportDto } from '../../../../src/contract';
import { percent } from '../../format';

/**
 * Committed delivery and aspirational reach as two separate figures: a 0.7 on a promise and on a moonshot mean
 * different things, so no blended success rate is shown.
 */
export function KindSummary({ kinds }: { kinds: KindReportDto }) {
  const { committed, aspirational } = kinds;
  return (
    <section aria-label="Committed and aspirational" className="okr-kind-summary">
      <h3>Committed and aspirational, judged apart</h3>
      <div className="okr-row">
        <figure className="okr-card" aria-label="Committed delivery">
          <figcaption>Committed delivery</figcaption>
          <p className="okr-figure">{committed.rate === null ? '—' : `${percent(committed.rate)}%`}</p>
          <p className="okr-small">
            {committed.count === 0
              ? 'No committed key results.'
              : `${committed.delivered} of ${committed.count} committed key results delivered in full.`}
          </p>
        </figure>
        <figure className="okr-card" aria-label="Aspirational reach">
          <figcaption>Aspirational reach</figcaption>
          <p className="okr-figure">
            {aspirational.count === 0 ? '—' : `${aspirational.reached} of ${aspirational.count}`}
          </p>
          <p className="okr-small">
            {aspirational.count === 0 || aspirational.averageGrade === null
              ? 'No aspirational key results.'
              : `aspirational key results reached the stretch bar; average grade ${aspirational.averageGrade.toFixed(1)}.`}
          </p>
        </figure>
      </div>
    </section>
  );
}
