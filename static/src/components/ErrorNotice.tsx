import type { ApiError } from '../errors';

interface Props {
  error: ApiError;
  /** What was being loaded or saved, e.g. "key results", for the sentence the user reads. */
  what: string;
  onRetry?: () => void;
  /** Who else's change a CONFLICT is about, e.g. "this objective". */
  conflictSubject?: string;
}

/** Any failed call: never a blank panel or a stack trace. NOT_AVAILABLE_YET is a state, not a failure. */
export function ErrorNotice({ error, what, onRetry, conflictSubject = 'this key result' }: Props) {
  if (error.code === 'NOT_AVAILABLE_YET') {
    return (
      <div className="okr-notice" role="status">
        <strong>Not available yet.</strong> Showing {what} is part of OKR Rollup that is still being built; nothing
        is shown here until it is.
      </div>
    );
  }
  if (error.code === 'CONFLICT') {
    return (
      <div className="okr-notice okr-notice-warning" role="alert">
        <strong>Someone else changed {conflictSubject}.</strong> Reload to see their changes, then make yours again.
        {onRetry && (
          <button type="button" className="okr-button" onClick={onRetry}>
            Reload
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="okr-notice okr-notice-error" role="alert">
      <strong>Couldn't {onRetry ? 'load' : 'save'} {what}.</strong> {explain(error)}
      {onRetry && (
        <button type="button" className="okr-button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

function explain(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return "You don't have permission to see this.";
    case 'NOT_FOUND':
      return 'It no longer exists.';
    case 'JIRA_UNAVAILABLE':
      return 'Jira did not answer in time.';
    case 'BRIDGE':
      return `The app could not reach Jira (${error.message}).`;
    default:
      return error.message || 'Something went wrong.';
  }
}
