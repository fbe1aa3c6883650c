import { useState } from 'react';
import type { CheckInDto, KeyResultDetailView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { confidenceText } from '../../format';
import { CheckInForm } from './CheckInForm';

interface Props {
  detail: KeyResultDetailView;
  /** Called after the history changed (an edited check-in), so the detail reloads. */
  onChanged: () => void;
}

type Revision = NonNullable<CheckInDto['revisions']>[number];


const day = (at: string) => at.slice(0, 10);

/**
 * A KR's check-ins, newest first, with their blockers. An edited check-in says so and keeps its earlier versions one
 * click away. Its author may edit it (the backend also lets Jira admins, and refuses closed objectives).
 */
export function CheckInHistory({ detail, onChanged }: Props) {
  const { context } = useServices();
  const [editing, setEditing] = useState<CheckInDto | null>(null);
  const checkIns = detail.checkIns;
  if (checkIns.length === 0) return <p className="okr-muted">No check-in yet.</p>;
  return (
    <div className="okr-stack">
      <table>
        <caption>Check-in history</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Confidence</th>
            <th scope="col">Value</th>
            <th scope="col">Note</th>
            <th scope="col">Blockers</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((c) => (
            <tr key={c.id}>
              <td>{day(c.at)}</td>
              <td>{c.author.displayName}</td>
              <td>{confidenceText(c.confidence)}</td>
              <td>{c.value ?? ''}</td>
              <td>{c.note}</td>
              <td>{c.blockers ?? <span className="okr-muted">None</span>}</td>
              <td>
                {c.editedAt && <EarlierVersions checkIn={c} />}
                {context.accountId === c.author.accountId && (
                  <button
                    type="button"
                    className="okr-button"
                    aria-label={`Edit your check-in of ${day(c.at)}`}
                    onClick={() => setEditing(c)}
                    disabled={editing !== null}
                  >
                    Edit
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <CheckInForm
          key={editing.id}
          keyResultId={detail.keyResult.id}
          sourceType={detail.keyResult.sourceType}
          editing={editing}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
          onCancel={() => setEditing(null)}
          onReload={onChanged}
        />
      )}
    </div>
  );
}

/** "Edited" with every earlier version, oldest first, each with who replaced it and when. */
function EarlierVersions({ checkIn }: { checkIn: CheckInDto }) {
  const revisions = checkIn.revisions ?? [];
  return (
    <details>
      <summary>
        Edited {checkIn.editedAt ? day(checkIn.editedAt) : ''}: {revisions.length} earlier version
        {revisions.length === 1 ? '' : 's'}
      </summary>
      <ol aria-label={`Earlier versions of the check-in of ${day(checkIn.at)}`}>
        {revisions.map((r, index) => (
          <li key={`${r.at}-${index}`}>
            <VersionText revision={r} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function VersionText({ revision: r }: { revision: Revision }) {
  return (
    <>
      <p className="okr-small">
        Replaced on {day(r.at)} by {r.editor.displayName}. Confidence {confidenceText(r.confidence)}
        {r.value === undefined ? '' : `, value ${r.value}`}.
      </p>
      <p>{r.note === '' ? <span className="okr-muted">No note</span> : r.note}</p>
      {r.blockers && <p>Blockers: {r.blockers}</p>}
    </>
  );
}
