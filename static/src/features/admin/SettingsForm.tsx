import { useState, type FormEvent } from 'react';
import type { SettingsDto } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { Field } from '../forms/Field';
import { FormErrors } from '../forms/FormErrors';
import { useSave } from '../forms/use-save';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIELDS = ['fiscalYearStartMonth', 'timeZone', 'storyPointsFieldId', 'statusThresholds', 'checkInCadenceDays'];

/** IANA zones the browser knows, for the picker; older browsers get a text field instead. */
function timeZones(): string[] | null {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : null;
}

interface Props {
  initial: SettingsDto;
  onReload: () => void;
}

/** Thresholds are stored as pace (≤ 0, e.g. −0.10) and edited as percentage points (−10), as people say them. */
export function SettingsForm({ initial, onReload }: Props) {
  const { api } = useServices();
  const [form, setForm] = useState(initial);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { saving, error, run } = useSave();
  const zones = timeZones();
  const set = (patch: Partial<SettingsDto>) => setForm((f) => ({ ...f, ...patch }));
  const setThreshold = (key: 'atRisk' | 'offTrack', points: number) =>
    set({ statusThresholds: { ...form.statusThresholds, [key]: points / 100 } });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSavedAt(null);
    const saved = await run(() => api.updateSettings({ ...form, storyPointsFieldId: form.storyPointsFieldId?.trim() || undefined }));
    if (saved) {
      setForm(saved);
      setSavedAt(new Date());
    }
  }

  return (
    <form className="okr-form" aria-label="OKR Rollup settings" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors error={error} shownPaths={FIELDS} what="the settings" onReload={onReload} conflictSubject="the settings" />
      <Field label="Fiscal year starts in" name="fiscalYearStartMonth" error={error} hint="Quarters (periods) follow this month.">
        {(p) => (
          <select {...p} value={form.fiscalYearStartMonth} onChange={(e) => set({ fiscalYearStartMonth: Number(e.target.value) })}>
            {MONTHS.map((m, i) => (
              <option key={m} value={i + 1}>
                {m}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Time zone" name="timeZone" error={error} hint="Period dates are calendar days in this zone.">
        {(p) =>
          zones ? (
            <select {...p} value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
              {(zones.includes(form.timeZone) ? zones : [form.timeZone, ...zones]).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          ) : (
            <input {...p} value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
          )
        }
      </Field>
      <Field label="Story points field" name="storyPointsFieldId" error={error} hint="The custom field id, e.g. customfield_10016; used by KRs measured in points.">
        {(p) => <input {...p} value={form.storyPointsFieldId ?? ''} onChange={(e) => set({ storyPointsFieldId: e.target.value })} />}
      </Field>
      <Field label="At risk when behind pace by more than (points)" name="statusThresholds.atRisk" error={error} hint="Pace = progress − expected progress. Default −10.">
        {(p) => <input {...p} type="number" min={-100} max={0} step={1} value={Math.round(form.statusThresholds.atRisk * 100)} onChange={(e) => setThreshold('atRisk', Number(e.target.value))} />}
      </Field>
      <Field label="Off track when behind pace by more than (points)" name="statusThresholds.offTrack" error={error} hint="Default −25; must be below the at-risk threshold.">
        {(p) => <input {...p} type="number" min={-100} max={0} step={1} value={Math.round(form.statusThresholds.offTrack * 100)} onChange={(e) => setThreshold('offTrack', Number(e.target.value))} />}
      </Field>
      <Field label="Check-in every (days)" name="checkInCadenceDays" error={error}>
        {(p) => <input {...p} type="number" min={1} max={366} value={form.checkInCadenceDays} onChange={(e) => set({ checkInCadenceDays: Number(e.target.value) })} />}
      </Field>
      <div className="okr-row">
        <button type="submit" className="okr-button okr-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {savedAt && <span role="status">Settings saved.</span>}
      </div>
    </form>
  );
}
