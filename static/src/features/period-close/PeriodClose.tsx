import type { PeriodCloseView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { AsyncView } from '../../components/AsyncView';
import { useResource } from '../../use-resource';
import { FormErrors } from '../forms/FormErrors';
import { useSave } from '../forms/use-save';
import type { PortfolioTabProps } from '../portfolio/tab-props';
import { kindsText } from './grade-text';
import { ObjectiveClose } from './ObjectiveClose';

/**
 * The "Period close" tab: grade each KR (suggested from progress, editable with a reason), carry unfinished KRs into
 * the next quarter, write each objective's retrospective and close or abandon it, then (Jira admins) close the period.
 * A closed period is shown read-only.
 */
export function PeriodClose({ period, onChanged }: PortfolioTabProps) {
  const { api } = useServices();
  const worksheet = useResource(`period-close:${period.id}`, () => api.periodClose({ periodId: period.id }));
  const changed = () => {
    worksheet.reload();
    onChanged();
  };
  return (
    <section aria-label="Period close" className="okr-stack">
      <h3>Close {period.name}</h3>
      <AsyncView resource={worksheet} what="the period-close worksheet">
        {(view) => <Worksheet view={view} onSaved={changed} />}
      </AsyncView>
    </section>
  );
}

function Worksheet({ view, onSaved }: { view: PeriodCloseView; onSaved: () => void }) {
  const kinds = kindsText(view.kinds);
  return (
    <>
      {view.period.closed && (
        <p className="okr-notice" role="status">
          <strong>{view.period.name} is closed.</strong> Its grades, key results, links and retrospectives are
          read-only.
        </p>
      )}
      <dl aria-label="Committed and aspirational, never blended" className="okr-small">
        <dt>Committed delivery</dt>
        <dd>{kinds.committed}</dd>
        <dt>Aspirational reach</dt>
        <dd>{kinds.aspirational}</dd>
      </dl>
      {view.objectives.length === 0 && <p className="okr-muted">No objectives in {view.period.name}.</p>}
      {view.objectives.map((objective) => (
        <ObjectiveClose
          key={`${objective.id}:${objective.version}`}
          objective={objective}
          nextPeriod={view.nextPeriod}
          periodClosed={view.period.closed}
          onSaved={onSaved}
        />
      ))}
      {!view.period.closed && <ClosePeriod view={view} onSaved={onSaved} />}
    </>
  );
}

function ClosePeriod({ view, onSaved }: { view: PeriodCloseView; onSaved: () => void }) {
  const { api } = useServices();
  const save = useSave();
  async function close() {
    const saved = await save.run(() => api.closePeriod({ periodId: view.period.id }));
    if (saved) onSaved();
  }
  return (
    <div className="okr-stack">
      {view.canClosePeriod ? (
        <button type="button" className="okr-button" disabled={save.saving} onClick={() => void close()}>
          Close period {view.period.name}
        </button>
      ) : (
        <p className="okr-small okr-muted">
          Jira administrators close the period once every objective in it is closed or abandoned.
        </p>
      )}
      <FormErrors error={save.error} shownPaths={[]} what="the period" onReload={onSaved} />
    </div>
  );
}
