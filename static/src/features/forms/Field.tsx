import { useId, type ReactNode } from 'react';
import type { ApiError } from '../../errors';

export interface InputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** Messages for one field: its own path and anything under it (`source` owns `source.targets.0.jql`). */
export function messagesFor(error: ApiError | null, name: string): string[] {
  if (!error || error.code !== 'VALIDATION') return [];
  return error.fields.filter((f) => f.path === name || f.path.startsWith(`${name}.`)).map((f) => f.message);
}

interface Props {
  label: string;
  name: string;
  error: ApiError | null;
  hint?: string;
  children: (props: InputProps) => ReactNode;
}

/** A labelled control whose backend VALIDATION messages sit right under it and are announced with it. */
export function Field({ label, name, error, hint, children }: Props) {
  const id = useId();
  const messages = messagesFor(error, name);
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="okr-field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': described || undefined })}
      {hint && (
        <div id={`${id}-hint`} className="okr-muted okr-small">
          {hint}
        </div>
      )}
      {messages.length > 0 && (
        <div id={`${id}-error`} className="okr-field-error">
          {messages.join(' ')}
        </div>
      )}
    </div>
  );
}
