import { useState } from 'react';
import type { KeyResultDetailView, ObjectiveNodeDto, PortfolioPayload, PortfolioView } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { ErrorNotice } from '../components/ErrorNotice';
import { toApiError, type ApiError } from '../errors';
import { KeyResultForm } from '../features/forms/KeyResultForm';
import { ObjectiveForm } from '../features/forms/ObjectiveForm';
import { AlignmentTree } from '../features/portfolio/AlignmentTree';
import { Filters } from '../features/portfolio/Filters';
import { KrDetail } from '../features/portfolio/KrDetail';
import { people } from '../features/portfolio/tree';
import { plural } from '../format';
import { useResource } from '../use-resource';
import { DueCheckIns } from '../features/check-ins/DueCheckIns';
import { PeriodClose } from '../features/period-close/PeriodClose';
import { QualityReport } from '../features/quality/QualityReport';
import { Highlights } from '../features/reports/Highlights';
import { LeadershipReport } from '../features/reports/LeadershipReport';
import type { PortfolioTabProps } from '../features/portfolio/tab-props';

/** The portfolio's tabs: the alignment tree, then the views champions and leadership work from. */
const TABS = [
  { id: 'objectives', label: 'Objectives' },
  { id: 'due', label: 'Check-ins due', Panel: DueCheckIns },
  { id: 'quality', label: 'Quality', Panel: QualityReport },
  { id: 'report', label: 'Leadership report', Panel: LeadershipReport },
  { id: 'close', label: 'Period close', Panel: PeriodClose },
] as const satisfies readonly { id: string; label: string; Panel?: (props: PortfolioTabProps) => JSX.Element }[];
type TabId = (typeof TABS)[number]['id'];

type Editor =
  | { kind: 'new-objective' }
  | { kind: 'edit-objective'; objective: ObjectiveNodeDto }
  | { kind: 'new-kr'; objectiveId: string }
  | { kind: 'edit-kr'; detail: KeyResultDetailView };

/** jira:globalPage — the PMO's portfolio: filters, alignment tree, KR detail, export, and the OKR editors. */
export default function Portfolio() {
  const { api } = useServices();
  const [filters, setFilters] = useState<PortfolioPayload>({});
  // Kept above the loading state, so the open KR stays open (and is fetched afresh) after a save reloads the page.
  const [selectedKrId, setSelectedKrId] = useState<string>();
  const [tab, setTab] = useState<TabId>('objectives');
  const portfolio = useResource(`portfolio:${JSON.stringify(filters)}`, () => api.portfolio(filters));
  return (
    <main className="okr-stack">
      <h2>OKR portfolio</h2>
      <div role="tablist" aria-label="Portfolio views" className="okr-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`okr-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`okr-tabpanel-${t.id}`}
            className="okr-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`okr-tabpanel-${tab}`} aria-labelledby={`okr-tab-${tab}`} className="okr-stack">
        <AsyncView resource={portfolio} what="the portfolio">
          {(view) => {
            const active = TABS.find((t) => t.id === tab);
            if (active && 'Panel' in active) {
              const Panel = active.Panel;
              return <Panel key={view.period.id} period={view.period} periods={view.periods} onChanged={portfolio.reload} />;
            }
            return (
              <PortfolioBody
                view={view}
                filters={filters}
                setFilters={setFilters}
                reload={portfolio.reload}
                selectedKrId={selectedKrId}
                setSelectedKrId={setSelectedKrId}
              />
            );
          }}
        </AsyncView>
      </div>
    </main>
  );
}

interface BodyProps {
  view: PortfolioView;
  filters: PortfolioPayload;
  setFilters: (f: PortfolioPayload) => void;
  reload: () => void;
  selectedKrId?: string;
  setSelectedKrId: (id: string) => void;
}

function PortfolioBody({ view, filters, setFilters, reload, selectedKrId, setSelectedKrId }: BodyProps) {
  const [editor, setEditor] = useState<Editor | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const everyone = people(view.roots);
  const t = view.totals;
  const saved = () => {
    setEditor(null);
    reload();
  };

  async function exportCsv() {
    setExportError(null);
    try {
      // The CSV writer is downloaded only when someone exports.
      const [{ portfolioCsv, csvFileName }, { downloadText }] = await Promise.all([
        import('../features/portfolio/csv'),
        import('../features/portfolio/download'),
      ]);
      downloadText(csvFileName(view), portfolioCsv(view));
    } catch (cause) {
      setExportError(toApiError(cause));
    }
  }

  return (
    <>
      <Filters value={filters} onChange={setFilters} periods={view.periods} currentPeriodId={view.period.id} owners={everyone} />
      <div className="okr-row">
        <span role="status">
          {view.period.name}: {plural(t.objectives, 'objective')} · {plural(t.keyResults, 'key result')} · {t.atRisk} at risk ·{' '}
          {t.offTrack} off track · {t.stale} stale
        </span>
        <button type="button" className="okr-button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button type="button" className="okr-button okr-primary" onClick={() => setEditor({ kind: 'new-objective' })}>
          New objective
        </button>
      </div>
      {exportError && <ErrorNotice error={exportError} what="the CSV file" />}
      <Highlights highlights={view.highlights} />
      {editor && (
        <EditorPanel editor={editor} view={view} everyone={everyone} onSaved={saved} onCancel={() => setEditor(null)} onReload={saved} />
      )}
      <div className="okr-split">
        <AlignmentTree
          roots={view.roots}
          selectedKrId={selectedKrId}
          onSelectKr={(kr) => setSelectedKrId(kr.id)}
          onAddKr={(o) => setEditor({ kind: 'new-kr', objectiveId: o.id })}
          onEditObjective={(o) => setEditor({ kind: 'edit-objective', objective: o })}
        />
        {selectedKrId ? (
          <KrDetail keyResultId={selectedKrId} onEdit={(detail) => setEditor({ kind: 'edit-kr', detail })} />
        ) : (
          <p className="okr-muted">Choose a key result to see its burn-up, contributing work and check-ins.</p>
        )}
      </div>
    </>
  );
}

function EditorPanel({ editor, view, everyone, onSaved, onCancel, onReload }: {
  editor: Editor;
  view: PortfolioView;
  everyone: ReturnType<typeof people>;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const common = { people: everyone, onSaved, onCancel, onReload };
  switch (editor.kind) {
    case 'new-objective':
      return <ObjectiveForm {...common} periods={view.periods} defaultPeriodId={view.period.id} />;
    case 'edit-objective': {
      const o = editor.objective;
      const initial = { objectiveId: o.id, version: o.version, title: o.title, periodId: o.periodId, level: o.level, team: o.team, ownerIds: o.owners.map((u) => u.accountId), checkInCadenceDays: o.checkInCadenceDays };
      return <ObjectiveForm {...common} periods={view.periods} defaultPeriodId={o.periodId} initial={initial} />;
    }
    case 'new-kr':
      return <KeyResultForm {...common} objectiveId={editor.objectiveId} />;
    case 'edit-kr': {
      const kr = editor.detail.keyResult;
      const initial = { keyResultId: kr.id, version: kr.version, title: kr.title, kind: kr.kind, weight: kr.weight, ownerIds: kr.owners.map((u) => u.accountId), source: kr.source };
      return <KeyResultForm {...common} objectiveId={kr.objectiveId} initial={initial} />;
    }
  }
}
