import type { ProjectPageView, ProjectTimelineView } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { KrCard } from '../components/KrCard';
import { ProgressBar } from '../components/ProgressBar';
import { percent, STATUS_LABEL } from '../format';
import { useResource } from '../use-resource';

/**
 * jira:projectPage — the project's KRs, the epics feeding none, how much of the work is covered, and the timeline of
 * the KRs it served period by period (loaded on its own once the page is there, so its failure hides nothing else).
 */
export default function ProjectPage() {
  const { api, context } = useServices();
  const projectId = context.extension.project?.id ?? '';
  const page = useResource(`project:${projectId}`, () => api.projectPage({ projectId }));
  return (
    <main className="okr-stack">
      <AsyncView resource={page} what="this project's key results">
        {(view) => (
          <>
            <ProjectBody view={view} />
            <TimelineSection projectId={projectId} />
          </>
        )}
      </AsyncView>
    </main>
  );
}

function TimelineSection({ projectId }: { projectId: string }) {
  const { api } = useServices();
  const timeline = useResource(`project-timeline:${projectId}`, () => api.projectTimeline({ projectId }));
  return (
    <section aria-labelledby="okr-timeline-heading">
      <h3 id="okr-timeline-heading">Timeline</h3>
      <AsyncView resource={timeline} what="this project's timeline">
        {(view) => <Timeline view={view} />}
      </AsyncView>
    </section>
  );
}

/** Period by period, oldest first: which KRs the project served, how, and how they ended. */
function Timeline({ view }: { view: ProjectTimelineView }) {
  if (view.periods.length === 0) {
    return <p className="okr-empty">No key result has counted work from {view.project.key} in any period yet.</p>;
  }
  return (
    <ol className="okr-timeline">
      {view.periods.map(({ period, keyResults }) => (
        <li key={period.id}>
          <h4>
            {period.name} <span className="okr-muted okr-small">({period.start} – {period.end}{period.closed ? ', closed' : ''})</span>
          </h4>
          <ul aria-label={`Key results in ${period.name}`}>
            {keyResults.map((kr) => (
              <li key={kr.id}>
                <strong>{kr.title}</strong> <span className="okr-muted">· {kr.objectiveTitle}</span>
                <ProgressBar label={`${kr.title}: progress`} progress={kr.progress} status={kr.status} />
                <span className="okr-small">
                  {percent(kr.progress)}% · {STATUS_LABEL[kr.status]} · {kr.kind}
                  {kr.grade && ` · graded ${kr.grade.value.toFixed(1)} (${kr.grade.success ? 'met its bar' : 'below its bar'})`}
                  {kr.baseline && ' · period baseline'}
                  {kr.carriedFrom && ' · carried over from an earlier period'}
                </span>
                <div className="okr-small">Fed by {kr.via.map((v) => v.label).join(', ') || 'nothing visible to you'}</div>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function ProjectBody({ view }: { view: ProjectPageView }) {
  return (
    <>
      <h2>OKRs for {view.project.name}</h2>
      <section aria-label="Coverage">
        <p>
          <strong>{percent(view.coverage)}%</strong> of the in-progress epics in {view.project.key} feed at least one key
          result.
        </p>
        <ProgressBar label="Epics linked to key results" progress={view.coverage} />
      </section>
      <section aria-label="Key results">
        <h3>Key results this project feeds</h3>
        {view.keyResults.length === 0 ? (
          <p className="okr-empty">No key result counts work from this project yet. Link its epics from the epic's OKR panel.</p>
        ) : (
          view.keyResults.map((kr) => <KrCard key={kr.id} kr={kr} />)
        )}
      </section>
      <section aria-label="Unlinked epics">
        <h3>Epics not linked to any key result</h3>
        {view.unlinkedEpics.length === 0 ? (
          <p className="okr-muted">Every epic here feeds a key result.</p>
        ) : (
          <ul>
            {view.unlinkedEpics.map((e) => (
              <li key={e.id}>
                <strong>{e.key}</strong> {e.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
