import { useId } from 'react';
import type { KrKind, PeriodDto, PortfolioPayload, UserRef } from '../../../../src/contract';
import { LEVEL_LABEL, STATUS_LABEL } from '../../format';

interface Props {
  value: PortfolioPayload;
  onChange: (value: PortfolioPayload) => void;
  periods: PeriodDto[];
  currentPeriodId: string;
  owners: UserRef[];
}

/** Period switcher and filters; every choice goes to okr/portfolio, which filters and rolls up on the backend. */
export function Filters({ value, onChange, periods, currentPeriodId, owners }: Props) {
  const id = useId();
  const pick = <K extends keyof PortfolioPayload>(key: K, raw: string) =>
    onChange({ ...value, [key]: raw || undefined });
  return (
    <div className="okr-filters" role="search" aria-label="Filter the portfolio">
      <div>
        <label htmlFor={`${id}-period`}>Period</label>
        <select
          id={`${id}-period`}
          value={value.periodId ?? currentPeriodId}
          onChange={(e) => pick('periodId', e.target.value)}
        >
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.closed ? ' (closed)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select id={`${id}-owner`} value={value.ownerId ?? ''} onChange={(e) => pick('ownerId', e.target.value)}>
          <option value="">Anyone</option>
          {owners.map((u) => (
            <option key={u.accountId} value={u.accountId}>
              {u.displayName}
            </option>
          ))}
        </select>
      </div>
      <LabelSelect
        id={`${id}-level`}
        label="Level"
        anyLabel="All levels"
        labels={LEVEL_LABEL}
        value={value.level}
        onPick={(v) => pick('level', v)}
      />
      <LabelSelect
        id={`${id}-status`}
        label="Status"
        anyLabel="Any status"
        labels={STATUS_LABEL}
        value={value.status}
        onPick={(v) => pick('status', v)}
      />
      <div>
        <label htmlFor={`${id}-kind`}>Commitment</label>
        <select id={`${id}-kind`} value={value.kind ?? ''} onChange={(e) => pick('kind', e.target.value as KrKind)}>
          <option value="">Committed and aspirational</option>
          <option value="committed">Committed</option>
          <option value="aspirational">Aspirational</option>
        </select>
      </div>
    </div>
  );
}

/** A filter over a label map (value → label), with an empty "any" choice first. */
function LabelSelect(props: {
  id: string;
  label: string;
  anyLabel: string;
  labels: Record<string, string>;
  value: string | undefined;
  onPick: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onPick(e.target.value)}>
        <option value="">{props.anyLabel}</option>
        {Object.entries(props.labels).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
