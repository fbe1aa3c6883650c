import { useState, type FormEvent } from 'react';
import type { ObjectiveLevel, PeriodDto, UserRef } from '../../../../src/contract';
import { useServices } from '../../app-context';
import type { ObjectiveInput } from '../../../../src/contract';
import { LEVEL_LABEL } from '../../format';
import { QualityHints } from '../quality/QualityHints';
import { useQualityHints } from '../quality/use-quality-hints';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { OwnersField } from './OwnersField';
import { useSave } from './use-save';

interface Props {
  periods: PeriodDto[];
  people: UserRef[];
  /** Editing when set; creating otherwise. */
  initial?: ObjectiveInput & { objectiveId: string; version: number };
  defaultPeriodId: string;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const FIELDS = ['title', 'periodId', 'level', 'team', 'ownerIds', 'checkInCadenceDays'];

export function ObjectiveForm({ periods, people, initial, defaultPeriodId, onSaved, onCancel, onReload }: Props) {
  const { api, context } = useServices();
  const [form, setForm] = useState<ObjectiveInput>(
    initial ?? { title: '', periodId: defaultPeriodId, level: 'team', team: '', ownerIds: context.accountId ? [context.accountId] : [] },
  );
  // Typed as text so an empty box means "the site's cadence" rather than 0.
  const [cadence, setCadence] = useState(initial?.checkInCadenceDays ? String(initial.checkInCadenceDays) : '');
  const { saving, error, run } = useSave();
  const set = (patch: Partial<ObjectiveInput>) => setForm((f) => ({ ...f, ...patch }));
  const hints = useQualityHints(
    form.title.trim()
      ? {
          objective: {
            ...(initial ? { id: initial.objectiveId } : {}),
            title: form.title.trim(),
            periodId: form.periodId,
            level: form.level,
            ownerIds: form.ownerIds,
            ...(form.team?.trim() ? { team: form.team.trim() } : {}),
            ...(form.parent ? { parent: form.parent } : {}),
          },
        }
      : undefined,
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { checkInCadenceDays: _stored, ...rest } = form;
    const input: ObjectiveInput = { ...rest, team: form.team?.trim() || undefined, ...cadenceField(cadence, initial?.checkInCadenceDays) };
    const saved = await run(() =>
      initial ? api.updateObjective({ ...input, objectiveId: initial.objectiveId, version: initial.version }) : api.createObjective(input),
    );
    if (saved) onSaved();
  }

  return (
    <form className="okr-form" onSubmit={(e) => void submit(e)} aria-label={initial ? 'Edit objective' : 'New objective'} noValidate>
      <h2>{initial ? 'Edit objective' : 'New objective'}</h2>
      <FormErrors error={error} shownPaths={FIELDS} what="the objective" onReload={onReload} conflictSubject="this objective" />
      <Field label="Title" name="title" error={error} hint="An outcome, not a task: what changes for whom.">
        {(p) => <input {...p} value={form.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field label="Period" name="periodId" error={error}>
        {(p) => (
          <select {...p} value={form.periodId} onChange={(e) => set({ periodId: e.target.value })}>
            {periods.map((period) => (
              <option key={period.id} value={period.id} disabled={period.closed}>
                {period.name}
                {period.closed ? ' (closed)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Level" name="level" error={error}>
        {(p) => (
          <select {...p} value={form.level} onChange={(e) => set({ level: e.target.value as ObjectiveLevel })}>
            {Object.entries(LEVEL_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Team" name="team" error={error}>
        {(p) => <input {...p} value={form.team ?? ''} onChange={(e) => set({ team: e.target.value })} />}
      </Field>
      <OwnersField people={people} value={form.ownerIds} onChange={(ownerIds) => set({ ownerIds })} error={error} />
      <Field label="Check-in cadence (days)" name="checkInCadenceDays" error={error} hint="1 to 90 days between check-ins for this objective's key results; leave empty for the site's default.">
        {(p) => <input {...p} type="number" min={1} max={90} step={1} inputMode="numeric" value={cadence} onChange={(e) => setCadence(e.target.value)} />}
      </Field>
      <QualityHints findings={hints} />
      <div className="okr-row">
        <button type="submit" className="okr-button okr-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save objective'}
        </button>
        <button type="button" className="okr-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The cadence to send: a number when one is typed (the backend checks 1–90 and names the field if not), null to drop
 * an objective's own cadence back to the site's, and nothing when there was none and none is typed.
 */
function cadenceField(typed: string, stored: number | null | undefined): Pick<ObjectiveInput, 'checkInCadenceDays'> {
  const text = typed.trim();
  if (text !== '') return { checkInCadenceDays: Number(text) };
  return stored ? { checkInCadenceDays: null } : {};
}
