import { useId, useState, type FormEvent } from 'react';
import type { QualityFindingDto } from '../../../../src/contract';
import { AsyncView } from '../../components/AsyncView';
import { useServices } from '../../app-context';
import { useResource } from '../../use-resource';
import type { PortfolioTabProps } from '../portfolio/tab-props';
import { KindSummary } from './KindSummary';
import { ruleName, ruleOrder } from './rule-names';
import { SEVERITY_LABEL } from './severity';

const SUBJECT_KIND: Record<QualityFindingDto['subject']['kind'], string> = {
  objective: 'Objective',
  'key-result': 'Key result',
  team: 'Team',
  project: 'Project',
};

/** The Quality tab: a period's coaching findings grouped by rule, for one team or all, beside committed vs aspirational. */
export function QualityReport({ period }: PortfolioTabProps) {
  const { api } = useServices();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [team, setTeam] = useState<string>();
  const report = useResource(`quality:${period.id}:${team ?? ''}`, () =>
    api.qualityReport({ periodId: period.id, ...(team ? { team } : {}) }),
  );

  function apply(e: FormEvent) {
    e.preventDefault();
    setTeam(typed.trim() || undefined);
  }

  return (
    <section aria-label="OKR quality" className="okr-stack">
      <h3>OKR quality in {period.name}</h3>
      <form className="okr-row" role="search" aria-label="Filter the quality report" onSubmit={apply}>
        <label htmlFor={`${id}-team`}>Team</label>
        <input id={`${id}-team`} value={typed} placeholder="All teams" onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" className="okr-button">
          Show
        </button>
      </form>
      <AsyncView resource={report} what="the quality report">
        {(view) => (
          <>
            <KindSummary kinds={view.kinds} />
            {view.notes?.map((note) => (
              <p key={note} className="okr-notice" role="note">
                {note}
              </p>
            ))}
            <Findings findings={view.findings} team={view.team} />
          </>
        )}
      </AsyncView>
    </section>
  );
}

function Findings({ findings, team }: { findings: QualityFindingDto[]; team?: string }) {
  if (findings.length === 0) {
    return <p className="okr-empty">No quality findings{team ? ` for ${team}` : ''}: these OKRs read well.</p>;
  }
  const groups = new Map<string, QualityFindingDto[]>();
  for (const f of findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  const ordered = [...groups].sort(([a], [b]) => ruleOrder(a) - ruleOrder(b));
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <div className="okr-stack">
      <p>
        {findings.length} finding{findings.length === 1 ? '' : 's'}
        {team ? ` for ${team}` : ''}: {warnings} warning{warnings === 1 ? '' : 's'}, {findings.length - warnings} tip
        {findings.length - warnings === 1 ? '' : 's'}.
      </p>
      {ordered.map(([ruleId, items]) => (
        <section key={ruleId} aria-label={`${ruleName(ruleId)}: ${items.length}`} data-rule={ruleId}>
          <h4>
            {ruleName(ruleId)} ({items.length})
          </h4>
          <ul className="okr-list">
            {items.map((f) => (
              <li key={`${f.subject.kind}:${f.subject.id}`} className={`okr-finding okr-finding-${f.severity}`}>
                <span className="okr-finding-severity">{SEVERITY_LABEL[f.severity]}:</span>{' '}
                <strong>
                  {SUBJECT_KIND[f.subject.kind]} “{f.subject.label}”
                </strong>{' '}
                — {f.reason} <span className="okr-finding-fix">Suggested fix: {f.suggestion}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
