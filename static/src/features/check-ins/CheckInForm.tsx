import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CheckInDto, Confidence, KrSourceDto, RecordCheckInPayload } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { Field } from '../forms/Field';
import { FormErrors } from '../forms/FormErrors';
import { useSave } from '../forms/use-save';

interface Props {
  keyResultId: string;
  sourceType: KrSourceDto['type'];
  /** Pre-filled note (a draft from what changed since the last check-in). */
  initialNote?: string;
  /** Set to edit this check-in instead of recording a new one: the form opens with its content. */
  editing?: CheckInDto;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const FIELDS = ['confidence', 'value', 'note', 'blockers'];
const WORDS = ['low', 'medium', 'high'] as const;
const SCORES = Array.from({ length: 11 }, (_, n) => n);

/** Words stay words, scores become numbers: the backend takes either, and charts them apart. */
const toConfidence = (text: string): Confidence =>
  WORDS.includes(text as (typeof WORDS)[number]) ? (text as Confidence) : Number(text);

/**
 * A check-in: confidence, the metric's new value (metric KRs only), a note and blockers. Field errors sit by the field.
 * With `editing`, the same form edits that check-in (the backend keeps what it said before).
 */
export function CheckInForm({
  keyResultId,
  sourceType,
  initialNote = '',
  editing,
  onSaved,
  onCancel,
  onReload,
}: Props) {
  const { api } = useServices();
  const [confidence, setConfidence] = useState(editing ? String(editing.confidence) : 'medium');
  const [value, setValue] = useState(editing?.value === undefined ? '' : String(editing.value));
  const [note, setNote] = useState(editing?.note ?? initialNote);
  const [blockers, setBlockers] = useState(editing?.blockers ?? '');
  const { saving, error, run } = useSave();
  const metric = sourceType === 'metric';
  const noteTouched = useRef(initialNote !== '');
  const title = editing ? 'Edit check-in' : 'Check in';

  // The note opens drafted from what changed since the last check-in; a draft that fails to load leaves it empty.
  // An edit opens with what the check-in said, so it needs no draft.
  useEffect(() => {
    if (editing) return undefined;
    let current = true;
    api.checkInDraft({ keyResultId }).then(
      (draft) => {
        if (current && !noteTouched.current) setNote(draft.note);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, keyResultId, editing]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const payload: RecordCheckInPayload = {
      keyResultId,
      confidence: toConfidence(confidence),
      note,
      ...(metric && value.trim() !== '' ? { value: Number(value) } : {}),
      ...(blockers.trim() !== '' ? { blockers } : {}),
    };
    const saved = await run<unknown>(() =>
      editing ? api.editCheckIn({ ...payload, checkInId: editing.id }) : api.recordCheckIn(payload),
    );
    if (saved) onSaved();
  }

  return (
    <form className="okr-form" onSubmit={(e) => void submit(e)} aria-label={title} noValidate>
      <h2>{title}</h2>
      {editing && (
        <p className="okr-small okr-muted">
          What it says now stays in the history as an earlier version; a new value moves the metric only if this is the
          latest check-in.
        </p>
      )}
      <FormErrors error={error} shownPaths={FIELDS} what="the check-in" onReload={onReload} />
      <Field
        label="Confidence"
        name="confidence"
        error={error}
        hint="How likely the key result is met by the end of the period."
      >
        {(p) => (
          <select {...p} value={confidence} onChange={(e) => setConfidence(e.target.value)}>
            {WORDS.map((w) => (
              <option key={w} value={w}>
                {w[0]?.toUpperCase()}
                {w.slice(1)}
              </option>
            ))}
            {SCORES.map((n) => (
              <option key={n} value={String(n)}>
                {n} / 10
              </option>
            ))}
          </select>
        )}
      </Field>
      {metric && (
        <Field label="Current value" name="value" error={error} hint="Leave empty to keep the metric as it is.">
          {(p) => (
            <input {...p} type="number" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
          )}
        </Field>
      )}
      <Field
        label="Note"
        name="note"
        error={error}
        hint="What moved, what did not, what is next (up to 2000 characters)."
      >
        {(p) => (
          <textarea
            {...p}
            rows={4}
            value={note}
            onChange={(e) => {
              noteTouched.current = true;
              setNote(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label="Blockers" name="blockers" error={error}>
        {(p) => <textarea {...p} rows={2} value={blockers} onChange={(e) => setBlockers(e.target.value)} />}
      </Field>
      <div className="okr-row">
        <button type="submit" className="okr-button okr-primary" disabled={saving}>
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Save check-in'}
        </button>
        <button type="button" className="okr-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
