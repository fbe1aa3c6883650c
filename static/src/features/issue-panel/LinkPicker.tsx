import { useId, useState } from 'react';
import type { KrSummaryDto, ObjectiveNodeDto } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { AsyncView } from '../../components/AsyncView';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApiError, toApiError } from '../../errors';
import { useResource } from '../../use-resource';

interface Props {
  issue: { id: string; key: string };
  linkedIds: string[];
  onLinked: () => void;
  onCancel: () => void;
}

/** Searchable list of the current period's Jira-measured KRs, from okr/portfolio, to link an epic to one. */
export function LinkPicker({ issue, linkedIds, onLinked, onCancel }: Props) {
  const { api } = useServices();
  const portfolio = useResource('picker', () => api.portfolio({}));
  return (
    <div className="okr-picker" role="group" aria-label={`Link ${issue.key} to a key result`}>
      <AsyncView resource={portfolio} what="key results of the current period">
        {(view) => (
          <PickerList
            issue={issue}
            choices={linkable(view.roots).filter((kr) => !linkedIds.includes(kr.id))}
            onLinked={onLinked}
            reload={portfolio.reload}
          />
        )}
      </AsyncView>
      <button type="button" className="okr-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function PickerList({ issue, choices, onLinked, reload }: {
  issue: Props['issue'];
  choices: KrSummaryDto[];
  onLinked: () => void;
  reload: () => void;
}) {
  const { api } = useServices();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const q = query.trim().toLowerCase();
  const shown = choices.filter((kr) => `${kr.title} ${kr.objectiveTitle}`.toLowerCase().includes(q));

  async function link(keyResultId: string) {
    setBusy(true);
    setError(null);
    try {
      await api.linkTarget({ keyResultId, target: { kind: 'epic', issueId: issue.id } });
      onLinked();
    } catch (cause) {
      setError(toApiError(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <label htmlFor={searchId}>Find a key result</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {shown.length === 0 ? (
        <p className="okr-muted" role="status">
          {choices.length === 0 ? 'No key result measured from Jira work in this period.' : 'No key result matches.'}
        </p>
      ) : (
        <ul className="okr-list" aria-label="Key results you can link">
          {shown.map((kr) => (
            <li key={kr.id}>
              <button type="button" className="okr-option" disabled={busy} onClick={() => void link(kr.id)}>
                <span>{kr.title}</span> <span className="okr-muted okr-small">— {kr.objectiveTitle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} what="the link" onRetry={error.code === 'CONFLICT' ? reload : undefined} />}
    </>
  );
}

/** Only KRs measured from Jira work can count an epic. */
function linkable(roots: ObjectiveNodeDto[]): KrSummaryDto[] {
  return roots.flatMap((o) => [...o.keyResults.filter((kr) => kr.sourceType === 'jira'), ...linkable(o.children)]);
}
