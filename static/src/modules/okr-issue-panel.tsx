import { useState } from 'react';
import type { IssuePanelView } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { ErrorNotice } from '../components/ErrorNotice';
import { KrCard } from '../components/KrCard';
import { ApiError, toApiError } from '../errors';
import { LinkPicker } from '../features/issue-panel/LinkPicker';
import { OkrPrimer } from '../features/issue-panel/OkrPrimer';
import { VIA_LABEL } from '../format';
import { useResource } from '../use-resource';

/** jira:issuePanel — the key results this issue feeds; on an epic, linking it to key results. */
export default function IssuePanel() {
  const { api, context } = useServices();
  const issueId = context.extension.issue?.id ?? '';
  const panel = useResource(`panel:${issueId}`, () => api.issuePanel({ issueId }));
  return (
    <AsyncView resource={panel} what="the key results this issue feeds">
      {(view) => <PanelBody view={view} reload={panel.reload} />}
    </AsyncView>
  );
}

function PanelBody({ view, reload }: { view: IssuePanelView; reload: () => void }) {
  const { api } = useServices();
  const [picking, setPicking] = useState(false);
  const [unlinkError, setUnlinkError] = useState<ApiError | null>(null);
  const mayLink = view.issue.isEpic && view.canLink;

  async function unlink(keyResultId: string) {
    setUnlinkError(null);
    try {
      await api.unlinkTarget({ keyResultId, target: { kind: 'epic', issueId: view.issue.id } });
      reload();
    } catch (cause) {
      setUnlinkError(toApiError(cause));
    }
  }

  return (
    <section aria-label={`Key results fed by ${view.issue.key}`}>
      {view.keyResults.length === 0 ? (
        <OkrPrimer issueKey={view.issue.key} isEpic={view.issue.isEpic} canLink={view.canLink} />
      ) : (
        <>
          <p className="okr-small">
            {view.issue.key} feeds {view.keyResults.length === 1 ? '1 key result' : `${view.keyResults.length} key results`}.
          </p>
          {view.keyResults.map((kr) => (
            <KrCard
              key={kr.id}
              kr={kr}
              note={`Counted via ${VIA_LABEL[kr.via]}`}
              actions={
                mayLink && kr.via === 'epic' ? (
                  <button type="button" className="okr-button" onClick={() => void unlink(kr.id)}>
                    Unlink {view.issue.key} from this key result
                  </button>
                ) : undefined
              }
            />
          ))}
        </>
      )}
      {unlinkError && <ErrorNotice error={unlinkError} what="the link" onRetry={unlinkError.code === 'CONFLICT' ? reload : undefined} />}
      {mayLink &&
        (picking ? (
          <LinkPicker
            issue={view.issue}
            linkedIds={view.keyResults.map((kr) => kr.id)}
            onLinked={() => {
              setPicking(false);
              reload();
            }}
            onCancel={() => setPicking(false)}
          />
        ) : (
          <button type="button" className="okr-button okr-primary" onClick={() => setPicking(true)}>
            Link {view.issue.key} to a key result
          </button>
        ))}
    </section>
  );
}
