import type { ForecastDto } from '../../../../src/contract';

interface Props {
  forecast?: ForecastDto;
}

/** The completion forecast with its assumptions; nothing when the backend has no forecast for this KR. */
export function ForecastPanel({ forecast }: Props) {
  if (!forecast) return null;
  return (
    <section aria-label="Forecast">
      <h3>Forecast</h3>
      {forecast.p50 === null ? (
        <p className="okr-muted">Not enough history yet to forecast a completion date.</p>
      ) : (
        <p>
          Likely done by {forecast.p50} (P50), {forecast.p85} (P85).
          {forecast.late && <strong className="okr-stale"> The P85 date is after the period end.</strong>}
        </p>
      )}
      <ul className="okr-small">
        {forecast.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
