import type { KrKind } from '../../../../src/contract';

const TEXT: Record<KrKind, { label: string; bar: string }> = {
  committed: { label: 'Committed', bar: 'a promise: succeeds only when delivered in full' },
  aspirational: { label: 'Aspirational', bar: 'a stretch: reaching 70% is a success' },
};

/** Committed or aspirational, in words (colour only repeats it); the tooltip says which bar it is judged by. */
export function KindBadge({ kind }: { kind: KrKind }) {
  const { label, bar } = TEXT[kind];
  return (
    <span className={`okr-tag okr-kind okr-kind-${kind}`} title={`${label}: ${bar}`} data-kind={kind}>
      {label}
    </span>
  );
}
