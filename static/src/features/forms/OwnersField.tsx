import type { UserRef } from '../../../../src/contract';
import type { ApiError } from '../../errors';
import { Field } from './Field';

interface Props {
  people: UserRef[];
  value: string[];
  onChange: (ids: string[]) => void;
  error: ApiError | null;
}

/** Owners chosen among people already owning OKRs (and the viewer); a Jira user search is a later step. */
export function OwnersField({ people, value, onChange, error }: Props) {
  return (
    <Field label="Owners" name="ownerIds" error={error} hint="Hold Ctrl or ⌘ to choose several.">
      {(props) => (
        <select
          {...props}
          multiple
          value={value}
          onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          {people.map((p) => (
            <option key={p.accountId} value={p.accountId}>
              {p.displayName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
