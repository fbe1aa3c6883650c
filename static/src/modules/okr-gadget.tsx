import type { GadgetConfig } from '../../../src/contract';
import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { Burnup } from '../components/Burnup';
import { KrCard } from '../components/KrCard';
import { ProgressBar } from '../components/ProgressBar';
import { StatusLabel } from '../components/StatusLabel';
import type { GadgetView } from '../../../src/contract';
import { readGadgetConfig } from '../features/gadget/config';
import { Highlights } from '../features/reports/Highlights';
import { allKeyResults, walk } from '../features/portfolio/tree';
import { LEVEL_LABEL, percent, plural } from '../format';
import { useResource } from '../use-resource';

/** jira:dashboardGadget (view) — a summary, a KR list or a burn-up, as configured in the gadget's edit view. */
export default function Gadget() {
  const { context } = useServices();
  const config = readGadgetConfig(context.extension.gadgetConfiguration);
  if (!config) {
    return (
      <p className="okr-empty" role="status">
        This gadget isn't set up yet. Choose Edit in the gadget's menu to pick a period, a team or an objective, and
        what to show.
      </p>
    );
  }
  return <ConfiguredGadget config={config} />;
}

function ConfiguredGadget({ config }: { config: GadgetConfig }) {
  const { api } = useServices();
  const gadget = useResource(`gadget:${JSON.stringify(config)}`, () => api.gadget(config));
  return (
    <AsyncView resource={gadget} what="the OKRs for this gadget">
      {(view) => (config.view === 'summary' ? <Summary view={view} /> : config.view === 'kr-list' ? <KrList view={view} /> : <GadgetBurnup view={view} />)}
    </AsyncView>
  );
}

function Summary({ view }: { view: GadgetView }) {
  const t = view.totals;
  return (
    <section aria-label={`OKR summary for ${view.period.name}`}>
      <p role="status">
        {view.period.name}: {plural(t.objectives, 'objective')} · {plural(t.keyResults, 'key result')} · {t.atRisk} at risk ·{' '}
        {t.offTrack} off track
      </p>
      <ul className="okr-list">
        {walk(view.roots).map(({ node }) => (
          <li key={node.id}>
            <span className="okr-tag">{LEVEL_LABEL[node.level]}</span> {node.title} · {percent(node.progress)}% ·{' '}
            <StatusLabel status={node.status} />
            <ProgressBar label={`Progress of objective ${node.title}`} progress={node.progress} status={node.status} />
          </li>
        ))}
      </ul>
      <Highlights highlights={view.highlights} />
    </section>
  );
}

function KrList({ view }: { view: GadgetView }) {
  const krs = allKeyResults(view.roots);
  if (krs.length === 0) return <p className="okr-empty">No key result in {view.period.name} for this selection.</p>;
  return (
    <section aria-label={`Key results for ${view.period.name}`}>
      {krs.map((kr) => (
        <KrCard key={kr.id} kr={kr} />
      ))}
    </section>
  );
}

function GadgetBurnup({ view }: { view: GadgetView }) {
  const title = view.roots.length === 1 ? `Burn-up of ${view.roots[0]?.title}` : `Burn-up for ${view.period.name}`;
  return <Burnup points={view.burnup ?? []} title={title} />;
}
