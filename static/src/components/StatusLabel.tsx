import type { KrStatus } from '../../../src/contract';
import { STATUS_LABEL } from '../format';

/** Glyph + words + colour: the colour is never the only signal. */
const GLYPH: Record<KrStatus, string> = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■', done: '✓' };

export function StatusLabel({ status }: { status: KrStatus }) {
  return (
    <span className={`okr-lozenge okr-status-${status}`}>
      <span aria-hidden="true">{GLYPH[status]} </span>
      {STATUS_LABEL[status]}
    </span>
  );
}
