import { useId, useState, type FormEvent } from 'react';
import type { DueCheckInDto, DueCheckInsPayload, DueCheckInsView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { AsyncView } from '../../components/AsyncView';
import { names } from '../../format';
import { useResource } from '../../use-resource';
import type { PortfolioTabProps } from '../portfolio/tab-props';
import { CheckInForm } from './CheckInForm';

type Scope = DueCheckInsPayload['scope'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Overdue, due today or due on a day, in words, so it never rests on colour. */
export function dueText(row: Pick<DueCheckInDto, 'dueOn' | 'overdueDays'>, today: boolean): string {
  if (row.overdueDays > 0) return `${plural(row.overdueDays, 'day')} overdue (due ${row.dueOn})`;
  return today ? `Due today (${row.dueOn})` : `Due ${row.dueOn}`;
}

/**
 * The "Check-ins due" tab: the viewer's own KRs or a team's, due now (most overdue first) and in the week ahead, each
 * with a Check in action opening the check-in form for that KR.
 */
export function DueCheckIns({ period }: PortfolioTabProps) {
  const { api } = useServices();
  const id = useId();
  const [scope, setScope] = useState<Scope>('mine');
  const [typed, setTyped] = useState('');
  const [team, setTeam] = useState('');
  const [checkingIn, setCheckingIn] = useState<DueCheckInDto | null>(null);
  const asked = scope === 'mine' || team !== '';
  const due = useResource(`due:${period.id}:${scope}:${scope === 'team' ? team : ''}`, () =>
    asked
      ? api.dueCheckIns({ periodId: period.id, scope, ...(scope === 'team' ? { team } : {}) })
      : Promise.resolve(null),
  );

  function showTeam(e: FormEvent) {
    e.preventDefault();
    setTeam(typed.trim());
  }

  return (
    <section aria-label="Check-ins due" className="okr-stack">
      <h3>Check-ins due in {period.name}</h3>
      <fieldset className="okr-row">
        <legend>Whose check-ins</legend>
        {(['mine', 'team'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={value}
              checked={scope === value}
              onChange={() => {
                setScope(value);
                setCheckingIn(null);
              }}
            />{' '}
            {value === 'mine' ? 'Mine' : 'Team'}
          </label>
        ))}
      </fieldset>
      {scope === 'team' && (
        <form className="okr-row" role="search" aria-label="Choose a team" onSubmit={showTeam}>
          <label htmlFor={`${id}-team`}>Team name</label>
          <input id={`${id}-team`} value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="okr-button">
            Show
          </button>
        </form>
      )}
      <p className="okr-small okr-muted">
        A check-in is due one cadence after the last one (the objective’s cadence, or the site’s). A key result never
        checked in is due one cadence after the period starts, or after it was created if that is later.
      </p>
      {checkingIn && (
        <CheckInForm
          key={checkingIn.keyResultId}
          keyResultId={checkingIn.keyResultId}
          sourceType={checkingIn.sourceType}
          onSaved={() => {
            setCheckingIn(null);
            // Only this list reloads: reloading the whole portfolio would reset the tab and lose the chosen team.
            due.reload();
          }}
          onCancel={() => setCheckingIn(null)}
          onReload={due.reload}
        />
      )}
      <AsyncView resource={due} what="the check-ins due">
        {(view) =>
          view ? (
            <DueLists view={view} onCheckIn={setCheckingIn} busy={checkingIn !== null} />
          ) : (
            <p className="okr-muted">Enter a team to see its check-ins.</p>
          )
        }
      </AsyncView>
    </section>
  );
}

interface ListsProps {
  view: DueCheckInsView;
  onCheckIn: (row: DueCheckInDto) => void;
  busy: boolean;
}

function DueLists({ view, onCheckIn, busy }: ListsProps) {
  return (
    <>
      <DueTable
        caption={`Due now: ${view.due.length}`}
        empty="Nothing due: every check-in is up to date."
        rows={view.due}
        today
        onCheckIn={onCheckIn}
        busy={busy}
      />
      <DueTable
        caption={`Due in the next 7 days: ${view.upcoming.length}`}
        empty="Nothing due in the next 7 days."
        rows={view.upcoming}
        today={false}
        onCheckIn={onCheckIn}
        busy={busy}
      />
    </>
  );
}

interface TableProps {
  caption: string;
  empty: string;
  rows: DueCheckInDto[];
  /** The rows are due by today, so one not overdue is due today. */
  today: boolean;
  onCheckIn: (row: DueCheckInDto) => void;
  busy: boolean;
}

function DueTable({ caption, empty, rows, today, onCheckIn, busy }: TableProps) {
  if (rows.length === 0) {
    return (
      <p className="okr-empty" role="status">
        {caption}. {empty}
      </p>
    );
  }
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key result</th>
          <th scope="col">Objective</th>
          <th scope="col">Owners</th>
          <th scope="col">Last check-in</th>
          <th scope="col">Due</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keyResultId}>
            <th scope="row">{row.keyResultTitle}</th>
            <td>
              {row.objectiveTitle}
              {row.team && <span className="okr-tag"> {row.team}</span>}
            </td>
            <td>{names(row.owners)}</td>
            <td>{row.lastCheckInAt ? row.lastCheckInAt.slice(0, 10) : 'Never'}</td>
            <td>
              {dueText(row, today)}
              <span className="okr-small okr-muted"> · every {plural(row.cadenceDays, 'day')}</span>
            </td>
            <td>
              <button
                type="button"
                className="okr-button"
                aria-label={`Check in on ${row.keyResultTitle}`}
                onClick={() => onCheckIn(row)}
                disabled={busy}
              >
                Check in
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
