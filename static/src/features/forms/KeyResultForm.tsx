import { useState, type FormEvent } from 'react';
import type { KrKind, KrSourceDto, UserRef } from '../../../../src/contract';
import { useServices } from '../../app-context';
import type { KeyResultInput } from '../../../../src/contract';
import { QualityHints } from '../quality/QualityHints';
import { useQualityHints } from '../quality/use-quality-hints';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { OwnersField } from './OwnersField';
import { EMPTY_SOURCES, SourceFields } from './SourceFields';
import { useSave } from './use-save';

interface Props {
  objectiveId: string;
  people: UserRef[];
  initial?: Omit<KeyResultInput, 'objectiveId'> & { keyResultId: string; version: number };
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const FIELDS = ['title', 'kind', 'weight', 'ownerIds', 'source'];

export function KeyResultForm({ objectiveId, people, initial, onSaved, onCancel, onReload }: Props) {
  const { api, context } = useServices();
  const [form, setForm] = useState<Omit<KeyResultInput, 'objectiveId'>>(
    initial ?? { title: '', kind: 'committed', weight: 1, ownerIds: context.accountId ? [context.accountId] : [], source: EMPTY_SOURCES.jira },
  );
  const { saving, error, run } = useSave();
  const set = (patch: Partial<KeyResultInput>) => setForm((f) => ({ ...f, ...patch }));
  const hints = useQualityHints(
    form.title.trim()
      ? {
          keyResult: {
            ...(initial ? { id: initial.keyResultId } : {}),
            objectiveId,
            title: form.title.trim(),
            ownerIds: form.ownerIds,
            source: form.source,
          },
        }
      : undefined,
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      initial
        ? api.updateKeyResult({ ...form, keyResultId: initial.keyResultId, version: initial.version })
        : api.createKeyResult({ ...form, objectiveId }),
    );
    if (saved) onSaved();
  }

  return (
    <form className="okr-form" onSubmit={(e) => void submit(e)} aria-label={initial ? 'Edit key result' : 'New key result'} noValidate>
      <h2>{initial ? 'Edit key result' : 'New key result'}</h2>
      <FormErrors error={error} shownPaths={FIELDS} what="the key result" onReload={onReload} />
      <Field label="Title" name="title" error={error} hint="Measurable: from what to what, by when.">
        {(p) => <input {...p} value={form.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field label="Kind" name="kind" error={error}>
        {(p) => (
          <select {...p} value={form.kind} onChange={(e) => set({ kind: e.target.value as KrKind })}>
            <option value="committed">Committed (success is 100%)</option>
            <option value="aspirational">Aspirational (success is 70%)</option>
          </select>
        )}
      </Field>
      <Field label="Weight" name="weight" error={error}>
        {(p) => <input {...p} type="number" min={0} step={0.5} value={form.weight} onChange={(e) => set({ weight: Number(e.target.value) })} />}
      </Field>
      <OwnersField people={people} value={form.ownerIds} onChange={(ownerIds) => set({ ownerIds })} error={error} />
      <Field label="Measured from" name="source.type" error={error}>
        {(p) => (
          <select {...p} value={form.source.type} onChange={(e) => set({ source: EMPTY_SOURCES[e.target.value as KrSourceDto['type']] })}>
            <option value="jira">Jira work</option>
            <option value="metric">A metric</option>
            <option value="milestones">A milestone checklist</option>
          </select>
        )}
      </Field>
      <SourceFields source={form.source} onChange={(source) => set({ source })} error={error} />
      <QualityHints findings={hints} />
      <div className="okr-row">
        <button type="submit" className="okr-button okr-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save key result'}
        </button>
        <button type="button" className="okr-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
