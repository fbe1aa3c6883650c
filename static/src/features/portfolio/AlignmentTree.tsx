import type { KrSummaryDto, ObjectiveNodeDto } from '../../../../src/contract';
import { ProgressBar } from '../../components/ProgressBar';
import { StatusLabel } from '../../components/StatusLabel';
import { LEVEL_LABEL, names, percent } from '../../format';
import { KindBadge } from '../quality/KindBadge';

interface Props {
  roots: ObjectiveNodeDto[];
  selectedKrId?: string;
  onSelectKr: (kr: KrSummaryDto) => void;
  onAddKr: (objective: ObjectiveNodeDto) => void;
  onEditObjective: (objective: ObjectiveNodeDto) => void;
}

/** Company → department → team objectives, each with its rolled-up progress and its KRs. */
export function AlignmentTree(props: Props) {
  if (props.roots.length === 0) {
    return <p className="okr-empty">No objective matches these filters in this period.</p>;
  }
  return (
    <ul className="okr-tree" aria-label="Objectives by alignment">
      {props.roots.map((o) => (
        <ObjectiveItem key={o.id} objective={o} {...props} />
      ))}
    </ul>
  );
}

function ObjectiveItem({ objective: o, contributionWeight, ...props }: Props & { objective: ObjectiveNodeDto; contributionWeight?: number }) {
  return (
    <li>
      <details open>
        <summary>
          <span className="okr-tag">{LEVEL_LABEL[o.level]}</span> <strong>{o.title}</strong>
          {o.team && <span className="okr-muted"> · {o.team}</span>} · {percent(o.progress)}% · <StatusLabel status={o.status} />
          {contributionWeight !== undefined && <span className="okr-muted okr-small"> · weight {contributionWeight} in parent</span>}
        </summary>
        <ProgressBar label={`Progress of objective ${o.title}`} progress={o.progress} status={o.status} />
        <div className="okr-row okr-small">
          <span className="okr-muted">Owners: {names(o.owners)}</span>
          {o.state !== 'active' && <span className="okr-tag">{o.state}</span>}
          <button type="button" className="okr-button" onClick={() => props.onEditObjective(o)}>
            Edit objective
          </button>
          <button type="button" className="okr-button" onClick={() => props.onAddKr(o)}>
            Add key result
          </button>
        </div>
        {o.keyResults.length > 0 && (
          <ul className="okr-list" aria-label={`Key results of ${o.title}`}>
            {o.keyResults.map((kr) => (
              <li key={kr.id} className="okr-row">
                <button
                  type="button"
                  className="okr-option"
                  aria-pressed={kr.id === props.selectedKrId}
                  onClick={() => props.onSelectKr(kr)}
                >
                  {kr.title} — {percent(kr.progress)}% (expected {percent(kr.expected)}%) · <StatusLabel status={kr.status} />{' '}
                  · <KindBadge kind={kr.kind} />
                  {kr.stale && <span className="okr-stale"> ⚠ stale</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {o.children.length > 0 && (
          <ul className="okr-tree" aria-label={`Objectives aligned to ${o.title}`}>
            {o.children.map((child) => (
              <ObjectiveItem key={child.id} objective={child} contributionWeight={child.contributionWeight} {...props} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}
