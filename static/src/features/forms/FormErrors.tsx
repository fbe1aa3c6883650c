import { ErrorNotice } from '../../components/ErrorNotice';
import type { ApiError } from '../../errors';

interface Props {
  error: ApiError | null;
  /** Field paths the form shows next to its controls; other VALIDATION messages are listed here. */
  shownPaths: string[];
  what: string;
  onReload: () => void;
  conflictSubject?: string;
}

/** What a failed save says above the form: CONFLICT with Reload, other failures, and messages with no field. */
export function FormErrors({ error, shownPaths, what, onReload, conflictSubject }: Props) {
  if (!error) return null;
  if (error.code === 'CONFLICT') return <ErrorNotice error={error} what={what} onRetry={onReload} conflictSubject={conflictSubject} />;
  if (error.code !== 'VALIDATION') return <ErrorNotice error={error} what={what} />;
  const shown = (path: string) => shownPaths.some((p) => path === p || path.startsWith(`${p}.`));
  const rest = error.fields.filter((f) => !shown(f.path));
  return (
    <div className="okr-notice okr-notice-error" role="alert">
      <strong>Check the highlighted fields.</strong> {error.message}
      {rest.length > 0 && (
        <ul>
          {rest.map((f) => (
            <li key={f.path}>
              {f.path}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
