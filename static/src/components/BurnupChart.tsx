import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { BurnupPointDto } from '../../../src/contract';

/** Canvas colours must be concrete values: read the theme's tokens (via our --okr-* variables) when drawing. */
function colour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export default function BurnupChart({ points, title }: { points: BurnupPointDto[]; title: string }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const data: uPlot.AlignedData = [
      points.map((p) => Date.parse(p.date) / 1000),
      points.map((p) => p.scope),
      points.map((p) => p.done),
      points.map((p) => p.expected),
    ];
    let chart: uPlot | undefined;
    try {
      chart = new uPlot(
        {
          title,
          width: Math.max(el.clientWidth, 280),
          height: 220,
          axes: [{ stroke: colour('--okr-subtle', '#44546f') }, { stroke: colour('--okr-subtle', '#44546f') }],
          series: [
            {},
            { label: 'Scope', stroke: colour('--okr-discovery', '#6e5dc6'), width: 2 },
            { label: 'Done', stroke: colour('--okr-success', '#1f845a'), width: 2 },
            { label: 'Expected pace', stroke: colour('--okr-subtle', '#44546f'), dash: [6, 4], width: 1.5 },
          ],
        },
        data,
        el,
      );
    } catch {
      // No canvas here (an old browser, a test DOM): the table under the chart carries the same numbers.
      el.textContent = "The chart can't be drawn here; the table has the same numbers.";
    }
    return () => chart?.destroy();
  }, [points, title]);

  // The canvas is decorative for assistive tech: the table below the chart carries the same data.
  return <div ref={host} aria-hidden="true" />;
}
