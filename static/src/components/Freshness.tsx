import { formatDistance } from 'date-fns';

interface Props {
  asOf: string | null;
  stale: boolean;
  staleReason?: string;
  now?: Date;
}

/** When the number was last refreshed, and a warning when the last refresh failed (the value is the last good one). */
export function Freshness({ asOf, stale, staleReason, now = new Date() }: Props) {
  const when = asOf ? `updated ${formatDistance(new Date(asOf), now, { addSuffix: true })}` : 'not computed yet';
  return (
    <>
      <span className="okr-muted">{when}</span>
      {stale && (
        <span className="okr-stale" role="note">
          <span aria-hidden="true">⚠ </span>
          Stale: the last refresh failed{staleReason ? ` (${staleReason})` : ''}; showing the last good value.
        </span>
      )}
    </>
  );
}
