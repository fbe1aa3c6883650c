import { lazy, Suspense } from 'react';
import type { BurnupPointDto } from '../../../src/contract';

/** The chart library is downloaded only when a burn-up is shown; where it cannot run, the table still tells all. */
const BurnupChart = lazy(() =>
  import('./BurnupChart').catch(() => ({ default: ChartUnavailable })),
);

function ChartUnavailable() {
  return <p className="okr-muted okr-small">The chart can't be drawn here; the table has the same numbers.</p>;
}

/** Burn-up: scope, done and the expected pace, as a chart and as a table (the accessible form of the same data). */
export function Burnup({ points, title }: { points: BurnupPointDto[]; title: string }) {
  if (points.length === 0) {
    return <p className="okr-muted">No history yet: the burn-up starts after the first daily snapshot.</p>;
  }
  return (
    <figure className="okr-burnup" aria-label={title}>
      <Suspense fallback={<p className="okr-muted okr-small">Drawing the chart…</p>}>
        <BurnupChart points={points} title={title} />
      </Suspense>
      <details>
        <summary>Burn-up data</summary>
        <table>
          <caption className="okr-small">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Scope</th>
              <th scope="col">Done</th>
              <th scope="col">Expected</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <td>{p.date}</td>
                <td>{p.scope}</td>
                <td>{p.done}</td>
                <td>{Math.round(p.expected * 10) / 10}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
