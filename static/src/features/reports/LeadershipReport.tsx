import { useState } from 'react';
import type { LeadershipReportView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { AsyncView } from '../../components/AsyncView';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusLabel } from '../../components/StatusLabel';
import { toApiError, type ApiError } from '../../errors';
import { LEVEL_LABEL, names, paceText, percent } from '../../format';
import { useResource } from '../../use-resource';
import type { PortfolioTabProps } from '../portfolio/tab-props';
import { KindBadge } from '../quality/KindBadge';
import { KindSummary } from '../quality/KindSummary';
import { Highlights } from './Highlights';
import { STATE_LABEL, generatedText, gradeText, groupTitle, reportFileName } from './report-text';

/** The portfolio's "Leadership report" tab: one period's summary for leadership, exportable as CSV and Markdown. */
export function LeadershipReport({ period, periods }: PortfolioTabProps) {
  const { api } = useServices();
  const [periodId, setPeriodId] = useState(period.id);
  const report = useResource(`leadership-report:${periodId}`, () => api.leadershipReport({ periodId }));
  return (
    <section aria-label="Leadership report" className="okr-stack">
      <label className="okr-row">
        Period{' '}
        <select value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <AsyncView resource={report} what="the leadership report">
        {(view) => <ReportBody view={view} />}
      </AsyncView>
    </section>
  );
}

function ReportBody({ view }: { view: LeadershipReportView }) {
  const [exportError, setExportError] = useState<{ what: string; error: ApiError } | null>(null);

  async function exportAs(format: 'csv' | 'md') {
    setExportError(null);
    try {
      // The writers are downloaded only when someone exports.
      const [{ leadershipCsv }, { leadershipMarkdown }, { downloadText }] = await Promise.all([
        import('./leadership-csv'),
        import('./leadership-markdown'),
        import('../portfolio/download'),
      ]);
      if (format === 'csv') downloadText(reportFileName(view, 'csv'), leadershipCsv(view));
      else downloadText(reportFileName(view, 'md'), leadershipMarkdown(view), 'text/markdown;charset=utf-8');
    } catch (cause) {
      setExportError({ what: format === 'csv' ? 'the CSV file' : 'the Markdown file', error: toApiError(cause) });
    }
  }

  return (
    <>
      <div className="okr-row">
        <h3>Leadership report: {view.period.name}</h3>
        <span className="okr-muted">
          {view.period.start} to {view.period.end} · generated {generatedText(view.generatedAt)}
        </span>
        <button type="button" className="okr-button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="okr-button" onClick={() => void exportAs('md')}>
          Export Markdown
        </button>
      </div>
      {exportError && <ErrorNotice error={exportError.error} what={exportError.what} />}
      <KindSummary kinds={view.kinds} />
      <ObjectiveGroups view={view} />
      <AtRisk view={view} />
      <Highlights highlights={view.highlights} emptyText="No key result crossed done or got back on track this week." />
    </>
  );
}

/** Every group's table has the same columns at the same widths, so the groups read as one list. */
const GROUP_TABLE = { tableLayout: 'fixed', marginBottom: 12 } as const;
const GROUP_CAPTION = { textAlign: 'left', fontWeight: 600, padding: '4px 0' } as const;

function ObjectiveGroups({ view }: { view: LeadershipReportView }) {
  return (
    <section aria-label="Objectives by level and team">
      <h3>Objectives by level and team</h3>
      {view.groups.length === 0 && <p className="okr-muted">No objectives in {view.period.name}.</p>}
      {view.groups.map((group) => {
        const title = groupTitle(group, LEVEL_LABEL[group.level]);
        return (
          <table key={`${group.level}:${group.team ?? ''}`} aria-label={title} style={GROUP_TABLE}>
            <caption style={GROUP_CAPTION}>{title}</caption>
            <colgroup>
              <col style={{ width: '46%' }} />
              <col span={4} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Progress</th>
                <th scope="col">Status</th>
                <th scope="col">State</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {group.objectives.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.title}</th>
                  <td>{percent(o.progress)}%</td>
                  <td>
                    <StatusLabel status={o.status} />
                  </td>
                  <td>{STATE_LABEL[o.state]}</td>
                  <td>{gradeText(o.grade) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

function AtRisk({ view }: { view: LeadershipReportView }) {
  return (
    <section aria-label="At risk">
      <h3>At risk ({view.atRisk.length})</h3>
      {view.atRisk.length === 0 ? (
        <p className="okr-muted">Nothing off track, at risk or stale.</p>
      ) : (
        <table aria-label="Key results at risk, worst first">
          <thead>
            <tr>
              <th scope="col">Key result</th>
              <th scope="col">Objective</th>
              <th scope="col">Kind</th>
              <th scope="col">Owners</th>
              <th scope="col">Progress</th>
              <th scope="col">Status</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {view.atRisk.map((kr) => (
              <tr key={kr.id}>
                <th scope="row">{kr.title}</th>
                <td>{kr.objectiveTitle}</td>
                <td>
                  <KindBadge kind={kr.kind} />
                </td>
                <td>{names(kr.owners)}</td>
                <td>
                  {percent(kr.progress)}% of {percent(kr.expected)}% expected
                </td>
                <td>
                  <StatusLabel status={kr.status} />
                </td>
                <td>{kr.stale ? `Stale: ${kr.staleReason ?? 'the number may be out of date'}` : paceText(kr.pace)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
