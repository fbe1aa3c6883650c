import type { ProjectPageView } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { KrCard } from '../components/KrCard';
import { ProgressBar } from '../components/ProgressBar';
import { percent } from '../format';
import { useResource } from '../use-resource';

/** jira:projectPage — the project's KRs, the epics feeding none, and how much of the work is covered. */
export default function ProjectPage() {
  const { api, context } = useServices();
  const projectId = context.extension.project?.id ?? '';
  const page = useResource(`project:${projectId}`, () => api.projectPage({ projectId }));
  return (
    <main className="okr-stack">
      <AsyncView resource={page} what="this project's key results">
        {(view) => <ProjectBody view={view} />}
      </AsyncView>
    </main>
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
