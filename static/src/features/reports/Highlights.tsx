import type { HighlightDto } from '../../../../src/contract';
import { names } from '../../format';
import { KindBadge } from '../quality/KindBadge';
import { HIGHLIGHT_LABEL } from './report-text';

const GLYPH: Record<HighlightDto['what'], string> = { done: '✓', recovered: '↗' };

interface Props {
  highlights?: HighlightDto[];
  /** Said when there is none; without it an empty list renders nothing (the portfolio and gadget stay quiet). */
  emptyText?: string;
}

/** Recognition: KRs that crossed done or got back on track in the last 7 days, with the day and who to thank. */
export function Highlights({ highlights, emptyText }: Props) {
  if (!highlights || highlights.length === 0) {
    return emptyText ? (
      <section aria-label="Highlights this week">
        <h3>Highlights this week</h3>
        <p className="okr-muted">{emptyText}</p>
      </section>
    ) : null;
  }
  return (
    <section aria-label="Highlights this week">
      <h3>Highlights this week</h3>
      <ul className="okr-list" aria-label="Highlights">
        {highlights.map((h) => (
          <li key={`${h.keyResultId}:${h.what}`}>
            <strong>
              <span aria-hidden="true">{GLYPH[h.what]} </span>
              {HIGHLIGHT_LABEL[h.what]}
            </strong>{' '}
            on <time dateTime={h.on}>{h.on}</time>: {h.title} <span className="okr-muted">({h.objectiveTitle})</span>{' '}
            <KindBadge kind={h.kind} /> <span className="okr-small">Owners: {names(h.owners)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
