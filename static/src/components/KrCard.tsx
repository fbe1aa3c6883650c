import type { ReactNode } from 'react';
import { formatDistance } from 'date-fns';
import type { KrSummaryDto } from '../../../src/contract';
import { KindBadge } from '../features/quality/KindBadge';
import { gradeText } from '../features/quality/grade-text';
import { confidenceText, names, paceText, percent } from '../format';
import { Freshness } from './Freshness';
import { ProgressBar } from './ProgressBar';
import { StatusLabel } from './StatusLabel';

interface Props {
  kr: KrSummaryDto;
  /** A line under the title, e.g. "via its epic". */
  note?: string;
  actions?: ReactNode;
  now?: Date;
}

/** One key result as people scan it: what, how far, how it's going, who owns it, how fresh the number is. */
export function KrCard({ kr, note, actions, now = new Date() }: Props) {
  const noWork = kr.evidence.flags.includes('no-linked-work');
  return (
    <article className="okr-card" aria-label={`Key result: ${kr.title}`}>
      <div className="okr-muted okr-small">{kr.objectiveTitle}</div>
      <h3 className="okr-kr-title">
        {kr.title} <KindBadge kind={kr.kind} />
      </h3>
      {note && <div className="okr-muted okr-small">{note}</div>}
      <ProgressBar label={`Progress of ${kr.title}`} progress={kr.progress} expected={kr.expected} status={kr.status} />
      <div className="okr-row">
        <StatusLabel status={kr.status} />
        <span>
          {percent(kr.progress)}% done · expected {percent(kr.expected)}% · {paceText(kr.pace)}
        </span>
      </div>
      {kr.grade && <div className={`okr-small okr-grade ${kr.grade.success ? 'okr-grade-met' : 'okr-grade-missed'}`}>{gradeText(kr.grade)}</div>}
      {kr.forecastLate && <div className="okr-small okr-forecast-late">Forecast: likely late (the 85th-percentile finish falls after the period ends)</div>}
      {noWork && <div className="okr-stale">No linked work yet: progress stays at 0 until work is linked.</div>}
      <div className="okr-small">Owners: {names(kr.owners)}</div>
      <div className="okr-small">{checkInLine(kr.lastCheckIn, now)}</div>
      <div className="okr-small">
        <Freshness asOf={kr.asOf} stale={kr.stale} staleReason={kr.staleReason} now={now} />
      </div>
      {actions && <div className="okr-row">{actions}</div>}
    </article>
  );
}

/** An overdue check-in's confidence is history, not a forecast: it says so instead of vouching for the KR. */
function checkInLine(lastCheckIn: KrSummaryDto['lastCheckIn'], now: Date): string {
  if (!lastCheckIn) return 'No check-in yet';
  const when = `Last check-in ${formatDistance(new Date(lastCheckIn.at), now, { addSuffix: true })} by ${lastCheckIn.author.displayName}`;
  const confidence = confidenceText(lastCheckIn.confidence);
  return lastCheckIn.overdue
    ? `${when} · confidence ${confidence} then, out of date: a check-in is overdue`
    : `${when} · confidence ${confidence}`;
}
