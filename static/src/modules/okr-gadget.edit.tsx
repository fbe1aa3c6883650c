import { useState, type FormEvent } from 'react';
import type { GadgetConfig, ObjectiveLevel, PeriodDto } from '../../../src/contract';
import { useServices } from '../app-context';
import { ErrorNotice } from '../components/ErrorNotice';
import { toApiError, type ApiError } from '../errors';
import { readGadgetConfig } from '../features/gadget/config';
import { Field } from '../features/forms/Field';
import { LEVEL_LABEL } from '../format';
import { useResource } from '../use-resource';

/** jira:dashboardGadget (edit) — what the gadget shows; saved with view.submit, which returns to the view mode. */
export default function GadgetEdit() {
  const { api, context } = useServices();
  const [config, setConfig] = useState<GadgetConfig>(readGadgetConfig(context.extension.gadgetConfiguration) ?? { view: 'summary' });
  const [error, setError] = useState<ApiError | null>(null);
  const periods = useResource('periods', () => api.listPeriods());
  const set = (patch: Partial<GadgetConfig>) => setConfig((c) => ({ ...c, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await api.submitGadgetConfig(config);
    } catch (cause) {
      setError(toApiError(cause));
    }
  }

  return (
    <form className="okr-form" aria-label="Gadget settings" onSubmit={(e) => void submit(e)}>
      <Field label="Show" name="view" error={null}>
        {(p) => (
          <select {...p} value={config.view} onChange={(e) => set({ view: e.target.value as GadgetConfig['view'] })}>
            <option value="summary">Summary of objectives</option>
            <option value="kr-list">Key results</option>
            <option value="burnup">Burn-up</option>
          </select>
        )}
      </Field>
      <Field label="Period" name="periodId" error={null} hint={periodHint(periods.state, periods.state === 'error' ? periods.error : null)}>
        {(p) => (
          <select {...p} value={config.periodId ?? ''} onChange={(e) => set({ periodId: e.target.value || undefined })}>
            <option value="">Current period</option>
            {(periods.state === 'ready' ? periods.data : ([] as PeriodDto[])).map((period) => (
              <option key={period.id} value={period.id}>
                {period.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Level" name="level" error={null}>
        {(p) => (
          <select {...p} value={config.level ?? ''} onChange={(e) => set({ level: (e.target.value || undefined) as ObjectiveLevel | undefined })}>
            <option value="">All levels</option>
            {Object.entries(LEVEL_LABEL).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Team" name="team" error={null} hint="Leave empty for every team.">
        {(p) => <input {...p} value={config.team ?? ''} onChange={(e) => set({ team: e.target.value || undefined })} />}
      </Field>
      <Field label="Objective ID" name="objectiveId" error={null} hint="Optional: one objective and its key results.">
        {(p) => <input {...p} value={config.objectiveId ?? ''} onChange={(e) => set({ objectiveId: e.target.value || undefined })} />}
      </Field>
      {error && <ErrorNotice error={error} what="the gadget settings" />}
      <button type="submit" className="okr-button okr-primary">
        Save
      </button>
    </form>
  );
}

function periodHint(state: string, error: ApiError | null): string | undefined {
  if (state === 'loading') return 'Loading periods…';
  if (error?.code === 'NOT_AVAILABLE_YET') return 'The list of periods is not available yet; the gadget follows the current period.';
  if (error) return `Couldn't load the periods (${error.message}); the gadget follows the current period.`;
  return undefined;
}
