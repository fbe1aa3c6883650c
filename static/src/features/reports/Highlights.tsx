import type { HighlightDto } from '../../../../src/contract';

/** Recognition: KRs that crossed done or recovered this week. Renders nothing when the backend sends none. */
export function Highlights({ highlights }: { highlights?: HighlightDto[] }) {
  if (!highlights || highlights.length === 0) return null;
  return (
    <section aria-label="Highlights this week">
      <h3>Highlights this week</h3>
      <ul className="okr-list">
        {highlights.map((h) => (
          <li key={`${h.keyResultId}:${h.what}`}>
            {h.what === 'done' ? 'Done' : 'Back on track'}: {h.title} ({h.objectiveTitle})
          </li>
        ))}
      </ul>
    </section>
  );
}
