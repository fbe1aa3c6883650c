import type { ForecastDto } from '../../../../src/contract';
import { percent } from '../../format';

interface Props {
  forecast?: ForecastDto;
}

/** A forecast date as people read it; past the simulation's horizon there is no date to give. */
function dateText(date: string | null): string {
  if (date === null) return 'unknown';
  return date === 'beyond-horizon' ? 'not within 2 years' : date;
}

/**
 * The completion forecast with its assumptions next to the numbers, so it reads as an estimate, not a promise;
 * nothing when the backend has no forecast for this KR. Lateness is said in words, not only by colour.
 */
export function ForecastPanel({ forecast }: Props) {
  if (!forecast) return null;
  return (
    <section aria-label="Forecast">
      <h3>Forecast</h3>
      {forecast.p50 === null ? (
        <p className="okr-muted">Not enough history yet to forecast a completion date.</p>
      ) : (
        <>
          <dl className="okr-forecast">
            <dt>Likely done by (P50)</dt>
            <dd>{dateText(forecast.p50)}</dd>
            <dt>Done by, in 85 of 100 simulated futures (P85)</dt>
            <dd>{dateText(forecast.p85)}</dd>
            {forecast.probabilityByPeriodEnd !== null && (
              <>
                <dt>Chance of finishing by the period end</dt>
                <dd>{percent(forecast.probabilityByPeriodEnd)}%</dd>
              </>
            )}
          </dl>
          {forecast.late ? (
            <p role="status">
              <strong className="okr-stale">Likely late: the P85 date is after the period end.</strong>
            </p>
          ) : (
            <p className="okr-muted">On course to finish within the period (P85).</p>
          )}
        </>
      )}
      <ul className="okr-small" aria-label="Assumptions">
        {forecast.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
