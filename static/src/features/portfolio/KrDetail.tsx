import { useState } from 'react';
import type { KeyResultDetailView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { AsyncView } from '../../components/AsyncView';
import { Burnup } from '../../components/Burnup';
import { KrCard } from '../../components/KrCard';
import { percent } from '../../format';
import { useResource } from '../../use-resource';
import { CheckInForm } from '../check-ins/CheckInForm';
import { CheckInHistory } from '../check-ins/CheckInHistory';
import { ForecastPanel } from './ForecastPanel';
import { HowComputed } from './HowComputed';

interface Props {
  keyResultId: string;
  onEdit: (detail: KeyResultDetailView) => void;
}

/** One KR in depth: burn-up, contributing work, check-ins, and how its number was computed. */
export function KrDetail({ keyResultId, onEdit }: Props) {
  const { api } = useServices();
  const detail = useResource(`kr:${keyResultId}`, () => api.keyResultDetail({ keyResultId }));
  const [checkingIn, setCheckingIn] = useState(false);
  return (
    <section aria-label="Key result detail">
      <AsyncView resource={detail} what="this key result">
        {(d) => (
          <div className="okr-stack">
            <KrCard
              kr={d.keyResult}
              actions={
                <>
                  <button type="button" className="okr-button" onClick={() => onEdit(d)}>
                    Edit key result
                  </button>
                  <button
                    type="button"
                    className="okr-button"
                    onClick={() => setCheckingIn(true)}
                    disabled={checkingIn}
                  >
                    Check in
                  </button>
                </>
              }
            />
            {checkingIn && (
              <CheckInForm
                keyResultId={d.keyResult.id}
                sourceType={d.keyResult.sourceType}
                onSaved={() => {
                  setCheckingIn(false);
                  detail.reload();
                }}
                onCancel={() => setCheckingIn(false)}
                onReload={detail.reload}
              />
            )}
            {d.sinceLastCheckIn && (
              <p className="okr-small">
                Since the last check-in: {d.sinceLastCheckIn.doneAdded} done, {d.sinceLastCheckIn.scopeAdded} added to
                scope, pace {d.sinceLastCheckIn.paceChange >= 0 ? '+' : ''}
                {Math.round(d.sinceLastCheckIn.paceChange * 100)} points.
              </p>
            )}
            <Burnup points={d.burnup} title={`Burn-up of ${d.keyResult.title}`} />
            <ForecastPanel forecast={d.forecast} />
            <Contributors contributors={d.contributors} />
            <CheckInHistory detail={d} onChanged={detail.reload} />
            <HowComputed kr={d.keyResult} />
          </div>
        )}
      </AsyncView>
    </section>
  );
}

function Contributors({ contributors }: { contributors: KeyResultDetailView['contributors'] }) {
  if (contributors.length === 0) return null;
  return (
    <table>
      <caption>Contributing work</caption>
      <thead>
        <tr>
          <th scope="col">Work</th>
          <th scope="col">Done / scope</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {contributors.map((c) => (
          <tr key={c.label}>
            <td>
              {c.label}
              {c.missing && <span className="okr-stale"> Not found in Jira (deleted or no access)</span>}
            </td>
            <td>
              {c.done} / {c.scope}
            </td>
            <td>{percent(c.progress)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
